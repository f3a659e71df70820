# printf-style formats of ints and strings at run time
import queue
import threading

q = queue.Queue()
out = []


def worker():
    n = q.get()
    s = q.get()
    out.append("%x" % -n)
    out.append("%#o" % n)
    out.append("%.3d" % n)
    out.append("%+5d" % n)
    out.append("%-6s|" % s)
    out.append("%.2s" % s)
    out.append("%c" % (n + 56))
    out.append("%d%%" % n)
    out.append("%5.1s|" % s)
    out.append("%r" % s)
    out.append(f"{-n:#x}")
    out.append(f"{n:=+6}")
    out.append(f"{n:^+7d}")
    out.append(f"{s!r:>8}")
    out.append("{0}{0}{1}".format(s, n))
    out.append("{:*^9}".format(s))


t = threading.Thread(target=worker)
t.start()
q.put(9)
q.put("abc")
t.join()
print(out)
