# CPython 3.11: ['0-x', 0, 2, 3, 0, 3, 0, 7, '0']
import queue
import threading

items = []
done = threading.Event()
q = queue.Queue()
out = []


def worker():
    n = len(items)
    out.append("-".join([str(n), "x"]))
    out.append([n, 3][0])
    out.append(len([n, 3]))
    out.append(max([n, 3]))
    out.append(min([n, 3]))
    out.append(sum([n, 3]))
    out.append((n, 3)[0])
    m = q.qsize()
    out.append([m, 7][1])
    out.append(",".join([str(m)]))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(out)
