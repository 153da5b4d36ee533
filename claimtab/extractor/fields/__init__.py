"""One module per claim field, each deciding its field once: kind, metric, dataset, model, baseline, and
the paper's own method (the default model). Shared name tests live in `names`."""
