# Genome k-mers: a ThreadPoolExecutor maps k-mer counting over reads; the main thread merges the Counters. Bug: none.
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

K = 3
reads = ["ACGTAC", "GTACGT", "ACGACG", "TTTACG"]


def count_kmers(read):
    return Counter(read[i:i + K] for i in range(len(read) - K + 1))


with ThreadPoolExecutor(max_workers=2) as pool:
    per_read = list(pool.map(count_kmers, reads))

merged = Counter()
for c in per_read:
    merged += c

top = merged.most_common(1)[0]
acg = merged["ACG"]
distinct = len(merged)
sizes = [sum(c.values()) for c in per_read]
print(f"acg={acg} distinct={distinct} top={top} sizes={sizes}")
