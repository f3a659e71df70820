"""Module globals whose names look like weft's own (repeat, let, main, task, weft_x)."""
import threading

repeat = [0]
let = [0]
task = {"n": 0}
weft_x = 5


def main():
    repeat[0] += 1
    let[0] += weft_x
    task["n"] += 2


threads = [threading.Thread(target=main) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(repeat, let, task)
