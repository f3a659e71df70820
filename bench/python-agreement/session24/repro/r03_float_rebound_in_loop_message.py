"""`total = total + 0.1` in a loop: refused with "holds a float ... only while it holds ... a number"."""
import threading

text = ""


def compute():
    global text
    total = 0.0
    for _ in range(10):
        total = total + 0.1
    text = str(total)


t = threading.Thread(target=compute)
t.start()
t.join()
print(text)
