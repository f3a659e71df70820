# check: string methods on a string that arrives on a queue
import queue
import threading

q = queue.Queue()
out = []


def work():
    s = q.get()
    out.append(s.strip())
    out.append(s.strip().title())
    out.append(s.count("o"))
    out.append(s.find("wor"))
    out.append(s.strip().startswith("hel"))
    out.append("%s-%d" % (s.strip(), 3))
    out.append("{}:{}".format(s.strip()[:3], len(s)))
    out.append(repr(s.strip()))


t = threading.Thread(target=work)
t.start()
q.put("  hello world ")
t.join()
