"""One module per trigger of this function: decode(event) -> payload or None, handle(payload, context) -> dict."""
