# Spellcheck: the document is split into shards; each thread flags unknown words in its shard into its own slot. Bug: none.
import threading

DICTIONARY = {"the", "cat", "sat", "on", "a", "mat", "and", "dog", "ran"}
text = "the cat sat on teh mat and the dgo ran on a mta"
words = text.split()
SHARDS = 3
flagged = [[] for _ in range(SHARDS)]
checked = [0] * SHARDS


def check(shard, start, stop):
    for offset, word in enumerate(words[start:stop]):
        checked[shard] += 1
        if word.lower() not in DICTIONARY:
            flagged[shard].append((start + offset, word))


size = -(-len(words) // SHARDS)  # ceiling division
threads = []
for shard in range(SHARDS):
    lo, hi = shard * size, min((shard + 1) * size, len(words))
    threads.append(threading.Thread(target=check, args=(shard, lo, hi)))
for t in threads:
    t.start()
for t in threads:
    t.join()

typos = [w for shard in flagged for _, w in shard]
positions = [pos for shard in flagged for pos, _ in shard]
pairs = dict(zip(positions, typos))
print(f"checked={checked} typos={typos} positions={positions} pairs={len(pairs)}")
