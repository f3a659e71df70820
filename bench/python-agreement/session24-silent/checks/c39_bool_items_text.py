import threading

out = []
flags = {}


def work(s, n):
    out.append(s < "B")
    out.append(n > 3)
    out.append(s.startswith("a"))
    out.append(s.isdigit())
    flags["even"] = n % 2 == 0
    flags["in"] = s in "abc"


t = threading.Thread(target=work, args=("a", 7))
t.start()
t.join()
print(out, flags)
