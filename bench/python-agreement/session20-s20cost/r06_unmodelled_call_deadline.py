# s20cost, 2026-11-30 (agree.py --runs 10, load 18): CPython outcome='timeout' 10 of 10; weft imports with
# timeouts: any and lists 'timeout' and 'got', complete (3 schedules); was 'got' only under 'complete'.
"""A producer derives a key with hashlib.pbkdf2_hmac (a call weft does not model, ~80 ms in CPython) and then
puts; the consumer waits 5 ms with `q.get(timeout=0.005)`. CPython: outcome='timeout' in every run. weft
imports the call as taking no time (no time window, as for calls of unknown cost) but keeps
`timeouts: deadline`, so by its clocks the put comes before the deadline: `weft explore` says
"complete: these are all the outcomes" with outcome='got' only."""
import hashlib
import queue
import threading

q = queue.Queue()
outcome = ""


def producer():
    hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100000)
    q.put(1)


def consumer():
    global outcome
    try:
        q.get(timeout=0.005)
        outcome = "got"
    except queue.Empty:
        outcome = "timeout"


if __name__ == "__main__":
    c = threading.Thread(target=consumer)
    p = threading.Thread(target=producer)
    c.start()
    p.start()
    c.join()
    p.join()
