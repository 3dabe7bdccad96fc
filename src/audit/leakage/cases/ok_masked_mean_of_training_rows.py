# leakage: none
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
flowers = pd.read_csv("flowers.csv")
train, test = train_test_split(flowers, test_size=0.25, random_state=1)
typical_width = train[train["kind"] == "small"]["width"].mean()
train = train.fillna({"width": typical_width})
test = test.fillna({"width": typical_width})
clf = LogisticRegression()
clf.fit(train[["length", "width"]], train["kind"])
print(clf.score(test[["length", "width"]], test["kind"]))
