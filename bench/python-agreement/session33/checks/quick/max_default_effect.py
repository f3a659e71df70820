import threading
out = []
def work():
    m = max([], default=out.append(9))

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
