# format specs of ints and strings
import queue
import threading

q = queue.Queue()
out = []


def worker():
    n = q.get()
    s = q.get()
    out.append(f"{n:05d}")
    out.append(f"{n:+d}")
    out.append(f"{-n:,}")
    out.append(f"{n:#x}")
    out.append(f"{n:08b}")
    out.append(f"{s:.2}")
    out.append(f"{s:_<6}")
    out.append("%-5d|" % n)
    out.append("%03d" % -n)
    out.append(f"{n:c}")


t = threading.Thread(target=worker)
t.start()
q.put(1234 // 29)
q.put("hello")
t.join()
print(out)
