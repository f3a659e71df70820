"""Floats computed in a thread and their text: sums of 0.1, averages, formatting, int() of floats."""
import threading

out = {}


def compute():
    total = 0.0
    for _ in range(10):
        total += 0.1
    out["sum_text"] = str(total)
    out["is_one"] = int(total == 1.0)
    scores = [3, 4, 4]
    average = sum(scores) / len(scores)
    out["average"] = f"{average}"
    out["average_2"] = f"{average:.2f}"
    out["truncated"] = int(-2.7)
    out["ratio"] = str(7 / 2)
    out["whole"] = str(6 / 3)


t = threading.Thread(target=compute)
t.start()
t.join()
print(out)
