# Wrong words: reading a loop variable after `for job in range(n):` (n a parameter, 0 here) is refused with
# "the scenario imported from this program does not load: unknown name `job`: not a local or shared variable"
# -- words of weft's inside, not about the program; the same program over a list parameter gets the right
# words ("`job` is read before it is assigned (Python raises UnboundLocalError)").
# CPython: UnboundLocalError. Command: weft import bench/python-agreement/session40/repro/w09_empty_range_loop_internal_words.py
last = -1


def worker(n):
    global last
    for job in range(n):
        pass
    last = job


worker(0)
print(f"last={last}")
