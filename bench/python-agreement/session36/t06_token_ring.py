# BUG: atomicity violation: token_ring (SCTBench): each station copies its left neighbour's token
# without a lock; the final check that all tokens agree fails when a copy reads a stale token.
import threading

STATIONS = 3
tokens = [0] * STATIONS
passes = [0] * STATIONS


def station(index, laps):
    left = (index - 1) % STATIONS
    for _ in range(laps):
        value = tokens[left]
        tokens[index] = value + 1 if index == 0 else value
        passes[index] += 1


threads = [threading.Thread(target=station, args=(i, 2)) for i in range(STATIONS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

agreed = all(token == tokens[0] for token in tokens)
print(f"tokens={tokens} passes={passes} agreed={agreed}")
assert agreed, f"stations disagree: {tokens}"
