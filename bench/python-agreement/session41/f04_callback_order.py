# bug: ordering - the callbacks append in completion order, but the report assumes submission order
from concurrent.futures import ThreadPoolExecutor
import threading
import time

arrivals = []
lock = threading.Lock()


def on_done(fut):
    with lock:
        arrivals.append(fut.result())


def translate(word, delay):
    time.sleep(delay)
    return word.upper()


words = [("uno", 0.003), ("dos", 0.001), ("tres", 0.002)]
with ThreadPoolExecutor(max_workers=3) as ex:
    for w, d in words:
        ex.submit(translate, w, d).add_done_callback(on_done)

report = [f"{w}->{t}" for (w, _), t in zip(words, arrivals)]
print(", ".join(report))
