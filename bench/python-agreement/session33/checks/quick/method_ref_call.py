import threading
out = []
class A:
    def go(self):
        out.append('go')
a = A()
def work():
    m = a.go
    m()

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
