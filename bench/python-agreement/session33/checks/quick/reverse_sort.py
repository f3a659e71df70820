import threading
out = []
def work():
    out.extend([3, 1, 2])
    out.sort(reverse=True)
    out.reverse()

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
