"""The photo half: load upright, detect faces, plates, identifying text and barcodes, redact, strip metadata."""
