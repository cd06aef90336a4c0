"""``phiscrub serve``: a local web page over the Scrubber API (app.py: the ASGI app and its guards;
service.py: what each request computes)."""
