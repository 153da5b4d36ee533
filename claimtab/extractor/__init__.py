"""The extraction pipeline: tokenization, quantities, kinds, attachment."""
