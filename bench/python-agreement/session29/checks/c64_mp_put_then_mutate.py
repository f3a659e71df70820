# the feeder thread pickles a put object later: a change made right after put() can travel with it
import multiprocessing as mp

received = 0


def reader(q, out):
    item = q.get()
    out.put(len(item))


if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    p = mp.Process(target=reader, args=(q, out))
    p.start()
    batch = [1, 2]
    q.put(batch)
    batch.append(3)
    received = out.get()
    p.join()
    print(received)
