# SILENT ERROR. Main code: a module name bound only in an `if` branch that a thread's write decides not to take.
# CPython: `out = [price]` raises NameError: name 'price' is not defined (status fault, 10/10). weft gives:
# "complete: these are all the outcomes", 1 outcome `ok stock_tea=0 price=0 out=[0]`. The same in main code
# with a try's `else:` (checks/mu01) and a for-else whose loop breaks (checks/mu03). This is r03's construct
# (weft starts every module name at 0, so it is never undefined) in the main code itself.
# Command: /work/notes/s41/weft-start explore r07_module_name_bound_in_untaken_branch.py
# Found by checks/mu02_module_if_branch.py.
import threading

stock = {"tea": 1}


def empty_it():
    stock["tea"] = 0


t = threading.Thread(target=empty_it)
t.start()
t.join()
if stock["tea"] > 0:
    price = 3
out = [price]
print(out)
