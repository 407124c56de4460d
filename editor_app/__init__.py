"""editor-app: annotate news articles with entities, quotes and corrections, saved as a YAML sidecar."""

__version__ = "0.1.0"
