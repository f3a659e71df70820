# check: sorted dict items by value descending, stable for ties
import threading

a = ""


def work():
    global a
    stock = {"pen": 3, "ink": 9, "cap": 3, "nib": 1}
    ordered = sorted(stock.items(), key=lambda kv: kv[1], reverse=True)
    a = " ".join(f"{k}:{v}" for k, v in ordered)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
