# except LookupError catches a KeyError and an IndexError; except ArithmeticError a ZeroDivisionError.
import threading

caught = []
stock = {"a": 1}
items = [1]


def work(key, idx, div):
    try:
        caught.append(stock[key])
    except LookupError:
        caught.append("lookup-key")
    try:
        caught.append(items[idx])
    except LookupError:
        caught.append("lookup-index")
    try:
        caught.append(10 // div)
    except ArithmeticError:
        caught.append("arith")


t = threading.Thread(target=work, args=("b", 3, 0))
t.start()
t.join()
print(caught)
