# check: a bool formatted with a non-empty spec is formatted as an int
import threading

text = ""


def work():
    global text
    ok = 2 > 1
    text = f"[{ok:>5}][{ok}][{ok:<3}][{not ok:^3}][{format(ok, '')}]"


t = threading.Thread(target=work)
t.start()
t.join()
print(text)
