import threading

r = []


def work(xs):
    for x in xs:
        r.append(round(x))


t = threading.Thread(target=work, args=([0.5, 1.5, 2.5, -0.5, -1.5],))
t.start()
t.join()
print(r)
