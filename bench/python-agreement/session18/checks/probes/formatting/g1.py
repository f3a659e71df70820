x = 0
x = "%(n)s" % {"n": "ann"}
