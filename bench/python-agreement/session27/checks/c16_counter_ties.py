"""Counter.most_common with ties keeps first-seen order; max() of ties is the first; sorted is stable."""
import threading
from collections import Counter

words: list[str] = []
lock = threading.Lock()


def add(batch: list[str]) -> None:
    with lock:
        words.extend(batch)


t = threading.Thread(target=add, args=(["b", "a", "c", "a", "b", "d"],))
t.start()
t.join()
counts = Counter(words)
top = counts.most_common(2)
top_word = top[0][0]
second_word = top[1][0]
longest = max(["bb", "aa", "c"], key=len)
by_len = sorted(["ccc", "a", "bb", "b", "aa"], key=len)
print(top, longest, by_len)
