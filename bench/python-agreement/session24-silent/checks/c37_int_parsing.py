import threading

out = []


def work(a, b, c):
    out.append(int(a))
    out.append(int(b))
    out.append(int(c))
    out.append(str(int(a) - 100))


t = threading.Thread(target=work, args=(" 42 ", "-7", "0012"))
t.start()
t.join()
print(out)
