# leakage: preprocessing@7
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
flowers = pd.read_csv("flowers.csv")
small = flowers["kind"] == "small"
typical_width = flowers.loc[small, "width"].mean()
flowers.loc[small & flowers["width"].isnull(), "width"] = typical_width
features = flowers[["length", "width"]].values
X_train, X_test, y_train, y_test = train_test_split(features, flowers["kind"].values, test_size=0.25, random_state=1)
clf = LogisticRegression()
clf.fit(X_train, y_train)
print(clf.score(X_test, y_test))
