"""multiprocessing.Queue's put hands the item to a feeder thread: empty() right after put() may still say True."""
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.put(1)
    empty_after_put = int(q.empty())
    item = q.get()
    print(empty_after_put, item)
