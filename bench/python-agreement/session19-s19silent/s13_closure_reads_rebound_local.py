# REFUSED by weft (s19silent): `worker` reads `label` of `main`, which binds it again after the `def`. CPython 3.11.7: out=["b"] (the closure reads late); weft-start imported it and said "complete" with out=["a"] only (a silent error).
import threading
out = []
def main():
    label = "a"
    def worker():
        out.append(label)
    t = threading.Thread(target=worker)
    label = "b"
    t.start()
    t.join()
main()
