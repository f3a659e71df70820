"""multiprocessing.Queue pickles the item in its feeder thread, later: a change right after put() can travel too."""
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    batch = [1, 2]
    q.put(batch)
    batch.append(3)
    received = q.get()
    size = len(received)
    print(size, received)
