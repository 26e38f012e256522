// One test assembly per layer; tests inside run in parallel by class.
