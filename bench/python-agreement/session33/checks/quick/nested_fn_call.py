import threading
out = []
def work():
    def inner():
        out.append('in')
    inner()
    inner()

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
