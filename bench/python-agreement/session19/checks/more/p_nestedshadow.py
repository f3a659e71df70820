import threading
out = []
def main():
    n = 1
    def w():
        n = 10
        out.append(n)
    t = threading.Thread(target=w); t.start(); t.join()
    out.append(n)
main()
