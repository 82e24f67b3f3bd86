"""Static-site timeline generator: news articles in, a dated, cited, cross-linked timeline out."""

__version__ = "0.1.0"
