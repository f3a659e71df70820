import threading

done = []


def work():
    raise RuntimeError("boom")


def other():
    done.append(1)


t = threading.Thread(target=work)
u = threading.Thread(target=other)
t.start()
u.start()
t.join()
u.join()
print(done)
