import threading

out = []


def work(s, n):
    out.append(s[::-1])
    out.append(s[1:-1])
    out.append(s * -1)
    out.append(str(-n // 3))
    out.append("%d|%5d|%-4d|%x" % (-n, n, n, n))
    out.append("a" < "B")
    out.append(s.zfill(8))
    out.append(str(n).zfill(5))
    out.append(str(-n).zfill(5))


t = threading.Thread(target=work, args=("a  b", 7))
t.start()
t.join()
print(out)
