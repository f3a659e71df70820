import threading
errors = []
stock = {"apple": 3}
items = [1, 2]
def work(key, value):
    try:
        stock[key] -= 1
    except KeyError as e:
        errors.append(str(e))
    try:
        items.remove(value)
    except ValueError as e:
        errors.append(str(e))
    try:
        items[5]
    except IndexError as e:
        errors.append(repr(e))
t = threading.Thread(target=work, args=("pear", 9))
t.start(); t.join()
print(errors, stock, items)
