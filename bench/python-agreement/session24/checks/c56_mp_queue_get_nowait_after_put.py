"""multiprocessing.Queue: get_nowait() right after put() may raise queue.Empty (the feeder thread has not flushed)."""
import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.put("job")
    size = q.qsize()
    try:
        got = q.get_nowait()
    except queue.Empty:
        got = "empty"
    print(size, got)
