# no bug: multiprocessing.Queue's put() hands the item to a feeder thread, so empty() right after it is still True in CPython (10/10); weft: the put is in the queue at once, empty_seen=0 only
import multiprocessing

empty_seen = 0
got = 0

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.put(42)
    if q.empty():
        empty_seen = 1
    got = q.get()
