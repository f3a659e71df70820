"""`put(1)` then `get(timeout=1)`: a wait longer than weft's time window covers the feeder's delay."""
import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.put(1)
    try:
        got = q.get(timeout=1)
    except queue.Empty:
        got = 0
    print(got)
