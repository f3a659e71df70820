# BUG: port of SCTBench token_ring: each stage copies its neighbour's token plus one without synchronisation;
# the checker assumes the tokens end in one fixed relation, which some interleavings break.
import threading

tokens = [0, 0, 0, 0]


def stage(index):
    neighbour = (index - 1) % len(tokens)
    value = tokens[neighbour]
    tokens[index] = (value + 1) % 3


def ring():
    threads = [threading.Thread(target=stage, args=(i,), name=f"stage{i}") for i in range(1, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


ring()
ok = tokens[1] == 1 and tokens[2] == 2 and tokens[3] == 0
print("tokens", tokens, "ok", ok)
assert ok, f"ring broken: {tokens}"
