<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EcoSecurity</name>
    <message>
      <source>Indicator table</source>
      <translation>指标表</translation>
    </message>
    <message>
      <source>Positive indicators</source>
      <translation>正向指标</translation>
    </message>
    <message>
      <source>Negative indicators</source>
      <translation>负向指标</translation>
    </message>
    <message>
      <source>Standardisation</source>
      <translation>标准化</translation>
    </message>
    <message>
      <source>Min-max (x-min)/(max-min)</source>
      <translation>极差标准化 (x-min)/(max-min)</translation>
    </message>
    <message>
      <source>Shifted min-max 0.1+0.9(x-min)/(max-min)</source>
      <translation>平移极差标准化 0.1+0.9(x-min)/(max-min)</translation>
    </message>
    <message>
      <source>None (values are already standardised)</source>
      <translation>不标准化（数值已标准化）</translation>
    </message>
    <message>
      <source>Weighting</source>
      <translation>赋权</translation>
    </message>
    <message>
      <source>Entropy</source>
      <translation>熵权法</translation>
    </message>
    <message>
      <source>Equal</source>
      <translation>等权重</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>指定权重</translation>
    </message>
    <message>
      <source>Given weights (field=weight, ...)</source>
      <translation>指定权重（field=weight, ...）</translation>
    </message>
    <message>
      <source>Weights per group (e.g. year; empty = pooled panel weights)</source>
      <translation>分组赋权字段（如年份；留空 = 面板整体统一权重）</translation>
    </message>
    <message>
      <source>Criterion layers ('Name: field, field; Name: field')</source>
      <translation>准则层（'Name: field, field; Name: field'）</translation>
    </message>
    <message>
      <source>Index field name</source>
      <translation>指数字段名</translation>
    </message>
    <message>
      <source>Composite index</source>
      <translation>综合指数</translation>
    </message>
    <message>
      <source>Indicator weights</source>
      <translation>指标权重</translation>
    </message>
    <message>
      <source>Encoding of CSV and text tables</source>
      <translation>CSV 与文本表的编码</translation>
    </message>
    <message>
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <source>GBK / GB18030 (Simplified Chinese, Excel's 'CSV' in China)</source>
      <translation>GBK / GB18030（简体中文，中文版 Excel 保存的 CSV）</translation>
    </message>
    <message>
      <source>Big5 (Traditional Chinese)</source>
      <translation>Big5（繁体中文）</translation>
    </message>
    <message>
      <source>Latin-1 / Windows-1252 (Western European)</source>
      <translation>Latin-1 / Windows-1252（西欧语言）</translation>
    </message>
    <message>
      <source>Table of system indices</source>
      <translation>系统指数表</translation>
    </message>
    <message>
      <source>System index fields (2 or more)</source>
      <translation>系统指数字段（2 个或以上）</translation>
    </message>
    <message>
      <source>System weights alpha (comma separated; empty = equal)</source>
      <translation>系统权重 alpha（逗号分隔；留空 = 等权重）</translation>
    </message>
    <message>
      <source>Coupling model</source>
      <translation>耦合模型</translation>
    </message>
    <message>
      <source>Classic (C = n[prod U / (sum U)^n]^(1/n))</source>
      <translation>经典模型（C = n[prod U / (sum U)^n]^(1/n)）</translation>
    </message>
    <message>
      <source>Corrected (Wang et al. 2021)</source>
      <translation>修正模型（Wang et al. 2021）</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等级划分</translation>
    </message>
    <message>
      <source>Ten-level table</source>
      <translation>十级分类表</translation>
    </message>
    <message>
      <source>Custom breaks and labels</source>
      <translation>自定义分级断点与标签</translation>
    </message>
    <message>
      <source>Custom breaks of D (ascending)</source>
      <translation>自定义 D 分级断点（升序）</translation>
    </message>
    <message>
      <source>Custom grade labels</source>
      <translation>自定义等级标签</translation>
    </message>
    <message>
      <source>Synchronous band around U1/U2 = 1</source>
      <translation>U1/U2 = 1 附近的同步区间</translation>
    </message>
    <message>
      <source>Coupling coordination</source>
      <translation>耦合协调</translation>
    </message>
    <message>
      <source>Input table or layer</source>
      <translation>输入表或图层</translation>
    </message>
    <message>
      <source>Field to classify</source>
      <translation>分级字段</translation>
    </message>
    <message>
      <source>Classification method</source>
      <translation>分级方法</translation>
    </message>
    <message>
      <source>Natural breaks (Fisher-Jenks)</source>
      <translation>自然断点法（Fisher-Jenks）</translation>
    </message>
    <message>
      <source>Equal interval</source>
      <translation>等间距</translation>
    </message>
    <message>
      <source>Quantile</source>
      <translation>分位数</translation>
    </message>
    <message>
      <source>Fixed table</source>
      <translation>固定分级表</translation>
    </message>
    <message>
      <source>Number of classes (computed methods)</source>
      <translation>分级数（计算类方法）</translation>
    </message>
    <message>
      <source>Breaks of a fixed table (ascending, comma separated)</source>
      <translation>固定分级表断点（升序，逗号分隔）</translation>
    </message>
    <message>
      <source>Class labels (comma separated, one per class)</source>
      <translation>等级标签（逗号分隔，每级一个）</translation>
    </message>
    <message>
      <source>Name of the class field</source>
      <translation>等级字段名</translation>
    </message>
    <message>
      <source>Name of the label field</source>
      <translation>标签字段名</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>分级结果</translation>
    </message>
    <message>
      <source>Class breaks</source>
      <translation>分级断点</translation>
    </message>
    <message>
      <source>Input raster</source>
      <translation>输入栅格</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>波段</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>分级</translation>
    </message>
    <message>
      <source>Region (and year) table</source>
      <translation>区域（及年份）数据表</translation>
    </message>
    <message>
      <source>Region key in the table</source>
      <translation>数据表中的区域关键字段</translation>
    </message>
    <message>
      <source>Region polygons</source>
      <translation>区域面图层</translation>
    </message>
    <message>
      <source>Region key in the polygons</source>
      <translation>面图层中的区域关键字段</translation>
    </message>
    <message>
      <source>Time (year) field</source>
      <translation>时间（年份）字段</translation>
    </message>
    <message>
      <source>Fields to join (empty = all)</source>
      <translation>连接字段（留空 = 全部）</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>布局</translation>
    </message>
    <message>
      <source>Wide: one feature per region, a field per year</source>
      <translation>宽表：每个区域一个要素，每年一个字段</translation>
    </message>
    <message>
      <source>Long: one feature per region and year</source>
      <translation>长表：每个区域每年一个要素</translation>
    </message>
    <message>
      <source>Key matching</source>
      <translation>关键字段匹配方式</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>精确匹配</translation>
    </message>
    <message>
      <source>Ignore case, spaces, _ - .</source>
      <translation>忽略大小写、空格及 _ - .</translation>
    </message>
    <message>
      <source>Grade field to style by</source>
      <translation>用于符号化的等级字段</translation>
    </message>
    <message>
      <source>Grade label field</source>
      <translation>等级标签字段</translation>
    </message>
    <message>
      <source>Keep regions without data</source>
      <translation>保留无数据的区域</translation>
    </message>
    <message>
      <source>Graded map</source>
      <translation>分级专题图</translation>
    </message>
    <message>
      <source>Factor raster</source>
      <translation>因子栅格</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <source>Table (value or range = score)</source>
      <translation>对照表（值或值域 = 得分）</translation>
    </message>
    <message>
      <source>Manual breaks</source>
      <translation>手动断点</translation>
    </message>
    <message>
      <source>Number of classes</source>
      <translation>分级数</translation>
    </message>
    <message>
      <source>Table (value=score; min,max=score)</source>
      <translation>对照表（value=score; min,max=score）</translation>
    </message>
    <message>
      <source>Manual breaks (ascending)</source>
      <translation>手动断点（升序）</translation>
    </message>
    <message>
      <source>High values get high scores</source>
      <translation>高值赋高分</translation>
    </message>
    <message>
      <source>Values not in the table become nodata</source>
      <translation>表中未列出的值设为无数据</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Reference grid</source>
      <translation>参考栅格</translation>
    </message>
    <message>
      <source>Features (roads, rivers, mining areas)</source>
      <translation>要素（道路、河流、矿区）</translation>
    </message>
    <message>
      <source>Burn all cells the features touch</source>
      <translation>烧录要素接触的所有像元</translation>
    </message>
    <message>
      <source>Target raster</source>
      <translation>目标栅格</translation>
    </message>
    <message>
      <source>Target values of the raster (comma separated)</source>
      <translation>栅格的目标值（逗号分隔）</translation>
    </message>
    <message>
      <source>Maximum distance (0 = none)</source>
      <translation>最大距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Distance</source>
      <translation>距离</translation>
    </message>
    <message>
      <source>Pairwise comparison matrix</source>
      <translation>两两比较判断矩阵</translation>
    </message>
    <message>
      <source>Factor names (comma separated)</source>
      <translation>因子名称（逗号分隔）</translation>
    </message>
    <message>
      <source>Allow CR &gt;= 0.10</source>
      <translation>允许 CR &gt;= 0.10</translation>
    </message>
    <message>
      <source>AHP weights</source>
      <translation>层次分析法权重</translation>
    </message>
    <message>
      <source>Consistency ratio</source>
      <translation>一致性比率</translation>
    </message>
    <message>
      <source>Consistency index</source>
      <translation>一致性指标</translation>
    </message>
    <message>
      <source>Principal eigenvalue</source>
      <translation>最大特征值</translation>
    </message>
    <message>
      <source>Factor score rasters</source>
      <translation>因子得分栅格</translation>
    </message>
    <message>
      <source>Weights (comma separated, in factor order)</source>
      <translation>权重（逗号分隔，按因子顺序）</translation>
    </message>
    <message>
      <source>Weights table (from ahpweights)</source>
      <translation>权重表（来自 ahpweights）</translation>
    </message>
    <message>
      <source>Correction coefficient rasters</source>
      <translation>修正系数栅格</translation>
    </message>
    <message>
      <source>Reference grid (default: first factor)</source>
      <translation>参考栅格（默认：第一个因子）</translation>
    </message>
    <message>
      <source>Rescale to range</source>
      <translation>重缩放至区间</translation>
    </message>
    <message>
      <source>Resistance</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>Panel table (regions x years)</source>
      <translation>面板数据表（区域 × 年份）</translation>
    </message>
    <message>
      <source>Value field</source>
      <translation>数值字段</translation>
    </message>
    <message>
      <source>Time field</source>
      <translation>时间字段</translation>
    </message>
    <message>
      <source>Group field</source>
      <translation>分组字段</translation>
    </message>
    <message>
      <source>Bandwidth</source>
      <translation>带宽</translation>
    </message>
    <message>
      <source>Silverman 0.9 min(sd, IQR/1.349) n^-1/5</source>
      <translation>Silverman 法则 0.9 min(sd, IQR/1.349) n^-1/5</translation>
    </message>
    <message>
      <source>Scott 1.06 min(sd, IQR/1.349) n^-1/5</source>
      <translation>Scott 法则 1.06 min(sd, IQR/1.349) n^-1/5</translation>
    </message>
    <message>
      <source>Fixed value</source>
      <translation>固定值</translation>
    </message>
    <message>
      <source>Fixed bandwidth</source>
      <translation>固定带宽</translation>
    </message>
    <message>
      <source>Density curves</source>
      <translation>密度曲线</translation>
    </message>
    <message>
      <source>Peaks and spread</source>
      <translation>波峰与离散程度</translation>
    </message>
    <message>
      <source>Report (HTML)</source>
      <translation>报告（HTML）</translation>
    </message>
    <message>
      <source>Unit (region) field</source>
      <translation>个体（区域）字段</translation>
    </message>
    <message>
      <source>Variables</source>
      <translation>变量</translation>
    </message>
    <message>
      <source>Tests</source>
      <translation>检验方法</translation>
    </message>
    <message>
      <source>Im-Pesaran-Shin W-tbar</source>
      <translation>Im-Pesaran-Shin W-tbar</translation>
    </message>
    <message>
      <source>Levin-Lin-Chu</source>
      <translation>Levin-Lin-Chu</translation>
    </message>
    <message>
      <source>Harris-Tzavalis</source>
      <translation>Harris-Tzavalis</translation>
    </message>
    <message>
      <source>Fisher-ADF (P, Z, L*, Pm)</source>
      <translation>Fisher-ADF（P, Z, L*, Pm）</translation>
    </message>
    <message>
      <source>Fisher-PP (P, Z, L*, Pm)</source>
      <translation>Fisher-PP（P, Z, L*, Pm）</translation>
    </message>
    <message>
      <source>Hadri</source>
      <translation>Hadri</translation>
    </message>
    <message>
      <source>Deterministic terms</source>
      <translation>确定性项</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Intercept</source>
      <translation>截距项</translation>
    </message>
    <message>
      <source>Intercept and trend</source>
      <translation>截距项和趋势项</translation>
    </message>
    <message>
      <source>Lags</source>
      <translation>滞后阶数</translation>
    </message>
    <message>
      <source>Lag selection</source>
      <translation>滞后阶数选择</translation>
    </message>
    <message>
      <source>Fixed</source>
      <translation>固定</translation>
    </message>
    <message>
      <source>AIC</source>
      <translation>AIC</translation>
    </message>
    <message>
      <source>SIC (BIC)</source>
      <translation>SIC（BIC）</translation>
    </message>
    <message>
      <source>Hall</source>
      <translation>Hall</translation>
    </message>
    <message>
      <source>Also test first differences</source>
      <translation>同时检验一阶差分</translation>
    </message>
    <message>
      <source>Unit-root tests</source>
      <translation>单位根检验</translation>
    </message>
    <message>
      <source>Region field</source>
      <translation>区域字段</translation>
    </message>
    <message>
      <source>Variables (Cholesky order)</source>
      <translation>变量（Cholesky 排序）</translation>
    </message>
    <message>
      <source>Exogenous variables</source>
      <translation>外生变量</translation>
    </message>
    <message>
      <source>Lag selection up to</source>
      <translation>滞后阶数选择上限</translation>
    </message>
    <message>
      <source>Fixed-effect transformation</source>
      <translation>固定效应变换</translation>
    </message>
    <message>
      <source>Forward orthogonal deviations</source>
      <translation>前向正交离差变换</translation>
    </message>
    <message>
      <source>First differences</source>
      <translation>一阶差分</translation>
    </message>
    <message>
      <source>First instrument lag</source>
      <translation>工具变量起始滞后阶</translation>
    </message>
    <message>
      <source>Last instrument lag</source>
      <translation>工具变量终止滞后阶</translation>
    </message>
    <message>
      <source>Collapse instruments</source>
      <translation>折叠工具变量</translation>
    </message>
    <message>
      <source>GMM steps</source>
      <translation>GMM 估计步骤</translation>
    </message>
    <message>
      <source>One-step</source>
      <translation>一步法</translation>
    </message>
    <message>
      <source>Two-step</source>
      <translation>两步法</translation>
    </message>
    <message>
      <source>Take logs</source>
      <translation>取对数</translation>
    </message>
    <message>
      <source>Horizon</source>
      <translation>响应期数</translation>
    </message>
    <message>
      <source>Bootstrap draws</source>
      <translation>自助抽样次数</translation>
    </message>
    <message>
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Coefficients</source>
      <translation>系数</translation>
    </message>
    <message>
      <source>Granger causality</source>
      <translation>格兰杰因果检验</translation>
    </message>
    <message>
      <source>Impulse responses</source>
      <translation>脉冲响应</translation>
    </message>
    <message>
      <source>Variance decomposition</source>
      <translation>方差分解</translation>
    </message>
    <message>
      <source>Hansen J</source>
      <translation>Hansen J 统计量</translation>
    </message>
    <message>
      <source>Hansen J p-value</source>
      <translation>Hansen J 检验 p 值</translation>
    </message>
    <message>
      <source>Largest companion modulus</source>
      <translation>伴随矩阵特征值的最大模</translation>
    </message>
    <message>
      <source>Held-out periods</source>
      <translation>留出检验期数</translation>
    </message>
    <message>
      <source>Forecast to (period)</source>
      <translation>预测至（时期）</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Last value</source>
      <translation>末期值</translation>
    </message>
    <message>
      <source>Linear trend per unit</source>
      <translation>分区域线性趋势</translation>
    </message>
    <message>
      <source>Pooled AR(1)</source>
      <translation>混合 AR(1)</translation>
    </message>
    <message>
      <source>LSTM (PyTorch)</source>
      <translation>LSTM（PyTorch）</translation>
    </message>
    <message>
      <source>LSTM window</source>
      <translation>LSTM 时间窗口</translation>
    </message>
    <message>
      <source>LSTM epochs</source>
      <translation>LSTM 训练轮数</translation>
    </message>
    <message>
      <source>History and forecasts</source>
      <translation>历史值与预测值</translation>
    </message>
    <message>
      <source>Model scores</source>
      <translation>模型评分</translation>
    </message>
    <message>
      <source>Resistance surface</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>The raster holds conductances</source>
      <translation>栅格为电导值</translation>
    </message>
    <message>
      <source>Focal nodes (id raster)</source>
      <translation>焦点节点（ID 栅格）</translation>
    </message>
    <message>
      <source>Focal nodes (points)</source>
      <translation>焦点节点（点）</translation>
    </message>
    <message>
      <source>Focal node id field (points)</source>
      <translation>焦点节点 ID 字段（点）</translation>
    </message>
    <message>
      <source>Focal nodes (polygons)</source>
      <translation>焦点节点（面）</translation>
    </message>
    <message>
      <source>Focal node id field (polygons)</source>
      <translation>焦点节点 ID 字段（面）</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Pairwise</source>
      <translation>成对模式</translation>
    </message>
    <message>
      <source>One-to-all</source>
      <translation>一对多模式</translation>
    </message>
    <message>
      <source>All-to-one</source>
      <translation>多对一模式</translation>
    </message>
    <message>
      <source>Advanced (sources and grounds)</source>
      <translation>高级模式（电流源与接地）</translation>
    </message>
    <message>
      <source>Current sources (advanced)</source>
      <translation>电流源（高级模式）</translation>
    </message>
    <message>
      <source>Grounds (advanced)</source>
      <translation>接地（高级模式）</translation>
    </message>
    <message>
      <source>Grounds hold conductances</source>
      <translation>接地栅格为电导值</translation>
    </message>
    <message>
      <source>Neighbours</source>
      <translation>邻域</translation>
    </message>
    <message>
      <source>Eight</source>
      <translation>八邻域</translation>
    </message>
    <message>
      <source>Four</source>
      <translation>四邻域</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均方式</translation>
    </message>
    <message>
      <source>Conductances</source>
      <translation>电导</translation>
    </message>
    <message>
      <source>Resistances</source>
      <translation>电阻</translation>
    </message>
    <message>
      <source>Short-circuit regions</source>
      <translation>短路区域</translation>
    </message>
    <message>
      <source>Mask</source>
      <translation>掩膜</translation>
    </message>
    <message>
      <source>Pairs to solve (from_id, to_id)</source>
      <translation>待求解的节点对（from_id, to_id）</translation>
    </message>
    <message>
      <source>Solver</source>
      <translation>求解器</translation>
    </message>
    <message>
      <source>Auto</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>Direct sparse factorisation</source>
      <translation>直接稀疏分解</translation>
    </message>
    <message>
      <source>CG with algebraic multigrid (pyamg)</source>
      <translation>代数多重网格预条件共轭梯度法（pyamg）</translation>
    </message>
    <message>
      <source>Worker processes</source>
      <translation>工作进程数</translation>
    </message>
    <message>
      <source>Cumulative current</source>
      <translation>累积电流</translation>
    </message>
    <message>
      <source>Maximum current</source>
      <translation>最大电流</translation>
    </message>
    <message>
      <source>Effective resistances</source>
      <translation>有效电阻</translation>
    </message>
    <message>
      <source>Per-pair maps</source>
      <translation>逐对电流图</translation>
    </message>
    <message>
      <source>Sources: raster of source ids</source>
      <translation>源地：源地 ID 栅格</translation>
    </message>
    <message>
      <source>Sources: polygons (instead of the raster)</source>
      <translation>源地：面图层（替代栅格）</translation>
    </message>
    <message>
      <source>Source id field (polygons)</source>
      <translation>源地 ID 字段（面）</translation>
    </message>
    <message>
      <source>Adjacency</source>
      <translation>邻接方式</translation>
    </message>
    <message>
      <source>Cost-allocation zones touch</source>
      <translation>成本分配区相邻</translation>
    </message>
    <message>
      <source>Euclidean allocation zones touch</source>
      <translation>欧氏分配区相邻</translation>
    </message>
    <message>
      <source>All pairs within MAX_EUCLIDEAN</source>
      <translation>MAX_EUCLIDEAN 范围内的所有源地对</translation>
    </message>
    <message>
      <source>Maximum edge-to-edge distance (0 = none)</source>
      <translation>最大边缘间距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Maximum cost-weighted distance (0 = none)</source>
      <translation>最大成本加权距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Corridor width, cost distance (0 = none)</source>
      <translation>廊道宽度，成本距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Keep links that cross a third source</source>
      <translation>保留穿越第三个源地的连接</translation>
    </message>
    <message>
      <source>Nearest neighbours per source (0 = all)</source>
      <translation>每个源地的最近邻连接数（0 = 全部）</translation>
    </message>
    <message>
      <source>Least-cost links</source>
      <translation>最小成本连接</translation>
    </message>
    <message>
      <source>Corridors</source>
      <translation>生态廊道</translation>
    </message>
    <message>
      <source>Cost-distance rasters</source>
      <translation>成本距离栅格</translation>
    </message>
    <message>
      <source>Link resistance field (default lcd)</source>
      <translation>连接阻力字段（默认 lcd）</translation>
    </message>
    <message>
      <source>Importance levels</source>
      <translation>重要性等级</translation>
    </message>
    <message>
      <source>Link centrality</source>
      <translation>连接中心度</translation>
    </message>
    <message>
      <source>Source centrality</source>
      <translation>源地中心度</translation>
    </message>
    <message>
      <source>Corridor width (normalised cost distance)</source>
      <translation>廊道宽度（归一化成本距离）</translation>
    </message>
    <message>
      <source>All pairs over the corridor network</source>
      <translation>在整个廊道网络上计算所有源地对</translation>
    </message>
    <message>
      <source>Pinch points</source>
      <translation>夹点</translation>
    </message>
    <message>
      <source>Corridor effective resistances</source>
      <translation>廊道有效电阻</translation>
    </message>
    <message>
      <source>Minimum radius (map units)</source>
      <translation>最小半径（地图单位）</translation>
    </message>
    <message>
      <source>Maximum radius (map units)</source>
      <translation>最大半径（地图单位）</translation>
    </message>
    <message>
      <source>Radius step (map units)</source>
      <translation>半径步长（地图单位）</translation>
    </message>
    <message>
      <source>Combine links by</source>
      <translation>连接合并方式</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>最大值</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>求和</translation>
    </message>
    <message>
      <source>Restored area</source>
      <translation>修复区域形状</translation>
    </message>
    <message>
      <source>Circle</source>
      <translation>圆形</translation>
    </message>
    <message>
      <source>Ring (Linkage Mapper)</source>
      <translation>环形（Linkage Mapper）</translation>
    </message>
    <message>
      <source>Percent of</source>
      <translation>百分比计算依据</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>改善值</translation>
    </message>
    <message>
      <source>Score (Linkage Mapper)</source>
      <translation>得分（Linkage Mapper）</translation>
    </message>
    <message>
      <source>Improvement score</source>
      <translation>改善得分</translation>
    </message>
    <message>
      <source>Percent improvement</source>
      <translation>改善百分比</translation>
    </message>
    <message>
      <source>Best radius</source>
      <translation>最佳半径</translation>
    </message>
    <message>
      <source>Score raster</source>
      <translation>得分栅格</translation>
    </message>
    <message>
      <source>Natural-breaks classes</source>
      <translation>自然断点分级数</translation>
    </message>
    <message>
      <source>Only within corridors</source>
      <translation>仅限廊道范围内</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <source>Land-use names (code=name; ...)</source>
      <translation>土地利用类型名称（code=name; ...）</translation>
    </message>
    <message>
      <source>Administrative units</source>
      <translation>行政单元</translation>
    </message>
    <message>
      <source>Unit name field</source>
      <translation>单元名称字段</translation>
    </message>
    <message>
      <source>Key areas</source>
      <translation>关键区</translation>
    </message>
    <message>
      <source>Key areas by unit</source>
      <translation>按行政单元统计的关键区</translation>
    </message>
    <message>
      <source>Habitat map</source>
      <translation>生境图</translation>
    </message>
    <message>
      <source>Foreground values</source>
      <translation>前景值</translation>
    </message>
    <message>
      <source>Missing values</source>
      <translation>缺失值</translation>
    </message>
    <message>
      <source>Foreground connectivity</source>
      <translation>前景连通规则</translation>
    </message>
    <message>
      <source>Edge width (pixels)</source>
      <translation>边缘宽度（像元）</translation>
    </message>
    <message>
      <source>Transition</source>
      <translation>过渡像元</translation>
    </message>
    <message>
      <source>Internal / external</source>
      <translation>内部 / 外部</translation>
    </message>
    <message>
      <source>MSPA</source>
      <translation>MSPA</translation>
    </message>
    <message>
      <source>MSPA classes</source>
      <translation>MSPA 景观类型</translation>
    </message>
    <message>
      <source>Patches: raster of patch labels or MSPA output</source>
      <translation>斑块：斑块标识栅格或 MSPA 输出</translation>
    </message>
    <message>
      <source>Patches: polygons (instead of the raster)</source>
      <translation>斑块：面图层（替代栅格）</translation>
    </message>
    <message>
      <source>Patch id field (polygons)</source>
      <translation>斑块 ID 字段（面）</translation>
    </message>
    <message>
      <source>Raster holds</source>
      <translation>栅格内容</translation>
    </message>
    <message>
      <source>Patch labels</source>
      <translation>斑块标识</translation>
    </message>
    <message>
      <source>MSPA output (core)</source>
      <translation>MSPA 输出（核心区）</translation>
    </message>
    <message>
      <source>Connectivity of patch cells</source>
      <translation>斑块像元连通规则</translation>
    </message>
    <message>
      <source>Attribute (default: area)</source>
      <translation>属性（默认：面积）</translation>
    </message>
    <message>
      <source>Edge to edge</source>
      <translation>边缘到边缘</translation>
    </message>
    <message>
      <source>Centroid to centroid</source>
      <translation>质心到质心</translation>
    </message>
    <message>
      <source>IIC link distance</source>
      <translation>IIC 连接距离</translation>
    </message>
    <message>
      <source>PC distance</source>
      <translation>PC 距离</translation>
    </message>
    <message>
      <source>PC probability at that distance</source>
      <translation>该距离下的 PC 连通概率</translation>
    </message>
    <message>
      <source>Longest direct link (0 = all pairs)</source>
      <translation>最长直接连接（0 = 全部斑块对）</translation>
    </message>
    <message>
      <source>Landscape area A_L (0 = not given)</source>
      <translation>景观总面积 A_L（0 = 不指定）</translation>
    </message>
    <message>
      <source>Patch importance</source>
      <translation>斑块重要性</translation>
    </message>
    <message>
      <source>Connectivity indices</source>
      <translation>连通性指数</translation>
    </message>
    <message>
      <source>Patches with area and dPC</source>
      <translation>带面积和 dPC 的斑块</translation>
    </message>
    <message>
      <source>Area field</source>
      <translation>面积字段</translation>
    </message>
    <message>
      <source>dPC field</source>
      <translation>dPC 字段</translation>
    </message>
    <message>
      <source>Minimum area</source>
      <translation>最小面积</translation>
    </message>
    <message>
      <source>Minimum dPC</source>
      <translation>最小 dPC</translation>
    </message>
    <message>
      <source>Mandatory areas (red line, reserves)</source>
      <translation>强制纳入区域（生态保护红线、自然保护区）</translation>
    </message>
    <message>
      <source>Ecological sources</source>
      <translation>生态源地</translation>
    </message>
    <message>
      <source>Source ids (raster)</source>
      <translation>源地 ID（栅格）</translation>
    </message>
    <message>
      <source>Source strengths</source>
      <translation>源强度</translation>
    </message>
    <message>
      <source>Derive the sources from the resistance</source>
      <translation>由阻力面推导源强度</translation>
    </message>
    <message>
      <source>Largest resistance that is a source (none: all)</source>
      <translation>可作为源的最大阻力值（不设置：全部）</translation>
    </message>
    <message>
      <source>Radius (cells)</source>
      <translation>半径（像元）</translation>
    </message>
    <message>
      <source>Block size (cells)</source>
      <translation>块大小（像元）</translation>
    </message>
    <message>
      <source>Buffer (cells)</source>
      <translation>缓冲区（像元）</translation>
    </message>
    <message>
      <source>Source threshold</source>
      <translation>源强度阈值</translation>
    </message>
    <message>
      <source>Four neighbours only</source>
      <translation>仅四邻域</translation>
    </message>
    <message>
      <source>Correct block artifacts</source>
      <translation>校正分块伪影</translation>
    </message>
    <message>
      <source>Keep nodata as nodata</source>
      <translation>保持无数据像元为无数据</translation>
    </message>
    <message>
      <source>Condition %d</source>
      <translation>条件 %d</translation>
    </message>
    <message>
      <source>Condition %d (future)</source>
      <translation>条件 %d（未来）</translation>
    </message>
    <message>
      <source>Comparison %d</source>
      <translation>比较方式 %d</translation>
    </message>
    <message>
      <source>Condition %d lower</source>
      <translation>条件 %d 下限</translation>
    </message>
    <message>
      <source>Condition %d upper</source>
      <translation>条件 %d 上限</translation>
    </message>
    <message>
      <source>Compare to future</source>
      <translation>与未来条件比较</translation>
    </message>
    <message>
      <source>Reclassification table</source>
      <translation>重分类表</translation>
    </message>
    <message>
      <source>Single precision</source>
      <translation>单精度</translation>
    </message>
    <message>
      <source>Worker threads</source>
      <translation>工作线程数</translation>
    </message>
    <message>
      <source>Condition 1</source>
      <translation>条件 1</translation>
    </message>
    <message>
      <source>Condition 1 (future)</source>
      <translation>条件 1（未来）</translation>
    </message>
    <message>
      <source>Comparison 1</source>
      <translation>比较方式 1</translation>
    </message>
    <message>
      <source>within</source>
      <translation>区间内</translation>
    </message>
    <message>
      <source>equal</source>
      <translation>相等</translation>
    </message>
    <message>
      <source>Condition 1 lower</source>
      <translation>条件 1 下限</translation>
    </message>
    <message>
      <source>Condition 1 upper</source>
      <translation>条件 1 上限</translation>
    </message>
    <message>
      <source>Condition 2</source>
      <translation>条件 2</translation>
    </message>
    <message>
      <source>Condition 2 (future)</source>
      <translation>条件 2（未来）</translation>
    </message>
    <message>
      <source>Comparison 2</source>
      <translation>比较方式 2</translation>
    </message>
    <message>
      <source>Condition 2 lower</source>
      <translation>条件 2 下限</translation>
    </message>
    <message>
      <source>Condition 2 upper</source>
      <translation>条件 2 上限</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>first</source>
      <translation>第一个</translation>
    </message>
    <message>
      <source>second</source>
      <translation>第二个</translation>
    </message>
    <message>
      <source>both</source>
      <translation>两者</translation>
    </message>
    <message>
      <source>Flow potential</source>
      <translation>流动潜力</translation>
    </message>
    <message>
      <source>Normalised current</source>
      <translation>标准化电流</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>源地</translation>
    </message>
    <message>
      <source>Corridors (least-cost links)</source>
      <translation>生态廊道（最小成本连接）</translation>
    </message>
    <message>
      <source>Key areas to protect</source>
      <translation>生态保护关键区</translation>
    </message>
    <message>
      <source>Key areas to restore</source>
      <translation>生态修复关键区</translation>
    </message>
    <message>
      <source>Current (Circuitscape)</source>
      <translation>电流（Circuitscape）</translation>
    </message>
    <message>
      <source>Barriers</source>
      <translation>障碍点</translation>
    </message>
    <message>
      <source>Key areas to protect by unit</source>
      <translation>按行政单元统计的生态保护关键区</translation>
    </message>
    <message>
      <source>Key areas to restore by unit</source>
      <translation>按行政单元统计的生态修复关键区</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Map width (pixels)</source>
      <translation>地图宽度（像素）</translation>
    </message>
    <message>
      <source>Network report</source>
      <translation>生态安全网络报告</translation>
    </message>
    <message>
      <source>Coupling table</source>
      <translation>耦合协调度表</translation>
    </message>
    <message>
      <source>Region key</source>
      <translation>区域关键字段</translation>
    </message>
    <message>
      <source>Coordination degree field (default D)</source>
      <translation>耦合协调度字段（默认 D）</translation>
    </message>
    <message>
      <source>Grade number field</source>
      <translation>等级编号字段</translation>
    </message>
    <message>
      <source>Weight tables</source>
      <translation>权重表</translation>
    </message>
    <message>
      <source>Times to map (e.g. 2010;2015;2020)</source>
      <translation>制图时间（例如 2010;2015;2020）</translation>
    </message>
    <message>
      <source>Coupling report</source>
      <translation>耦合协调报告</translation>
    </message>
    <message>
      <source>Indicator table (regions x years)</source>
      <translation>指标表（区域 × 年份）</translation>
    </message>
    <message>
      <source>Year field</source>
      <translation>年份字段</translation>
    </message>
    <message>
      <source>System 1: positive indicators</source>
      <translation>系统 1：正向指标</translation>
    </message>
    <message>
      <source>System 1: negative indicators</source>
      <translation>系统 1：负向指标</translation>
    </message>
    <message>
      <source>System 2: positive indicators</source>
      <translation>系统 2：正向指标</translation>
    </message>
    <message>
      <source>System 2: negative indicators</source>
      <translation>系统 2：负向指标</translation>
    </message>
    <message>
      <source>Composite index U1</source>
      <translation>综合指数 U1</translation>
    </message>
    <message>
      <source>Indicator weights of system 1</source>
      <translation>系统 1 指标权重</translation>
    </message>
    <message>
      <source>Composite index U2</source>
      <translation>综合指数 U2</translation>
    </message>
    <message>
      <source>Indicator weights of system 2</source>
      <translation>系统 2 指标权重</translation>
    </message>
    <message>
      <source>Coupling coordination table</source>
      <translation>耦合协调度表</translation>
    </message>
    <message>
      <source>Two systems of indicators (e.g. ecological security and rural revitalisation) over regions and years: entropy-weighted composite indices U1 and U2 with pooled panel weights, their coupling C, T and coordination degree D graded on the ten-level table, joined to region polygons as a wide graded map (D_&lt;year&gt; fields, styled by the last year).</source>
      <translation>两个系统的指标（如生态安全与乡村振兴）按区域和年份组织：以面板整体统一权重的熵权法计算综合指数 U1 和 U2，计算其耦合度 C、综合发展指数 T 及耦合协调度 D，并按十级分类表划分等级，再连接到区域面图层，生成宽表形式的分级专题图（D_&lt;year&gt; 字段，按最后一年符号化）。</translation>
    </message>
    <message>
      <source>Indicator table: one row per region and year.</source>
      <translation>指标表：每个区域每年一行。</translation>
    </message>
    <message>
      <source>Region key of the indicator table.</source>
      <translation>指标表的区域关键字段。</translation>
    </message>
    <message>
      <source>Year field.</source>
      <translation>年份字段。</translation>
    </message>
    <message>
      <source>Indicators of system 1 for which more is better.</source>
      <translation>系统 1 中越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 1 for which less is better.</source>
      <translation>系统 1 中越小越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 2 for which more is better.</source>
      <translation>系统 2 中越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 2 for which less is better.</source>
      <translation>系统 2 中越小越好的指标。</translation>
    </message>
    <message>
      <source>Region polygons for the graded map.</source>
      <translation>用于分级专题图的区域面图层。</translation>
    </message>
    <message>
      <source>Region key of the polygons (matched to the table's key).</source>
      <translation>面图层的区域关键字段（与数据表的关键字段匹配）。</translation>
    </message>
    <message>
      <source>Coupling table (output of couplingcoordination)</source>
      <translation>耦合表（couplingcoordination 的输出）</translation>
    </message>
    <message>
      <source>Coordination degree field (D)</source>
      <translation>耦合协调度字段（D）</translation>
    </message>
    <message>
      <source>System index fields (U1, U2, ...)</source>
      <translation>系统指数字段（U1, U2, ...）</translation>
    </message>
    <message>
      <source>Forecast to year</source>
      <translation>预测至年份</translation>
    </message>
    <message>
      <source>Kernel density of D</source>
      <translation>D 的核密度估计</translation>
    </message>
    <message>
      <source>Density peaks and spread</source>
      <translation>密度波峰与离散程度</translation>
    </message>
    <message>
      <source>Kernel density report</source>
      <translation>核密度估计报告</translation>
    </message>
    <message>
      <source>Panel unit-root tests</source>
      <translation>面板单位根检验</translation>
    </message>
    <message>
      <source>Unit-root report</source>
      <translation>单位根检验报告</translation>
    </message>
    <message>
      <source>Panel VAR of the systems</source>
      <translation>系统间面板向量自回归</translation>
    </message>
    <message>
      <source>Panel VAR coefficients</source>
      <translation>面板向量自回归系数</translation>
    </message>
    <message>
      <source>Panel VAR report</source>
      <translation>面板向量自回归报告</translation>
    </message>
    <message>
      <source>Forecasts of D</source>
      <translation>D 的预测值</translation>
    </message>
    <message>
      <source>Forecast scores</source>
      <translation>预测评分</translation>
    </message>
    <message>
      <source>Forecast report</source>
      <translation>预测报告</translation>
    </message>
    <message>
      <source>From a coupling-coordination table (regions x years): how the distribution of D moves (kernel density by year), whether the indices are stationary (panel unit-root tests, levels and first differences), whether the systems drive each other (a panel VAR of the system indices with collapsed instruments lagged 2-4, as suits a few dozen regions, with impulse responses and variance decomposition) and where D is heading (forecasts to the target year).</source>
      <translation>基于耦合协调度表（区域 × 年份）：分析 D 的分布如何演变（逐年核密度估计），各指数是否平稳（面板单位根检验，含水平值与一阶差分），各系统之间是否相互驱动（以滞后 2-4 阶的折叠工具变量估计系统指数的面板向量自回归，适合数十个区域的样本，并给出脉冲响应与方差分解），以及 D 的未来走向（预测至目标年份）。</translation>
    </message>
    <message>
      <source>The coupling-coordination table (output of couplingcoordination).</source>
      <translation>耦合协调度表（couplingcoordination 的输出）。</translation>
    </message>
    <message>
      <source>Region field.</source>
      <translation>区域字段。</translation>
    </message>
    <message>
      <source>The coordination degree field (D).</source>
      <translation>耦合协调度字段（D）。</translation>
    </message>
    <message>
      <source>The system index fields (U1, U2, ...).</source>
      <translation>系统指数字段（U1, U2, ...）。</translation>
    </message>
    <message>
      <source>The year to forecast to.</source>
      <translation>预测目标年份。</translation>
    </message>
    <message>
      <source>Habitat values</source>
      <translation>生境值</translation>
    </message>
    <message>
      <source>MSPA edge width (pixels)</source>
      <translation>MSPA 边缘宽度（像元）</translation>
    </message>
    <message>
      <source>Dispersal distance (IIC link, PC 0.5)</source>
      <translation>扩散距离（IIC 连接阈值，PC 概率 0.5）</translation>
    </message>
    <message>
      <source>Longest direct link</source>
      <translation>最长直接连接</translation>
    </message>
    <message>
      <source>Minimum source area</source>
      <translation>源地最小面积</translation>
    </message>
    <message>
      <source>MSPA classes (raster)</source>
      <translation>MSPA 景观类型（栅格）</translation>
    </message>
    <message>
      <source>MSPA class areas</source>
      <translation>MSPA 各类型面积</translation>
    </message>
    <message>
      <source>Patch connectivity</source>
      <translation>斑块连通性</translation>
    </message>
    <message>
      <source>Patch importance (dPC, dIIC)</source>
      <translation>斑块重要性（dPC, dIIC）</translation>
    </message>
    <message>
      <source>Select sources</source>
      <translation>筛选源地</translation>
    </message>
    <message>
      <source>A habitat map (e.g. forest / non-forest) to ecological sources: MSPA with GuidosToolbox's rules, its core cut into patches, their importance for connectivity (dIIC, dPC as Conefor), and the patches above the area and dPC thresholds with their importance levels, also as a raster of source ids on the reference grid for the corridor tools.</source>
      <translation>由生境图（如林地 / 非林地）识别生态源地：按 GuidosToolbox 的规则进行 MSPA 分析，将其核心区切分为斑块，计算斑块对连通性的重要性（dIIC、dPC，与 Conefor 一致），筛选面积和 dPC 超过阈值的斑块并划分重要性等级，同时在参考栅格上输出源地 ID 栅格，供廊道工具使用。</translation>
    </message>
    <message>
      <source>The grid of the source raster (e.g. the resistance surface).</source>
      <translation>源地栅格所采用的栅格网格（如阻力面）。</translation>
    </message>
    <message>
      <source>Habitat map (e.g. forest / non-forest) for MSPA.</source>
      <translation>用于 MSPA 的生境图（如林地 / 非林地）。</translation>
    </message>
    <message>
      <source>Values of the habitat map that are habitat (MSPA foreground), e.g. '2'.</source>
      <translation>生境图中属于生境（MSPA 前景）的值，例如 '2'。</translation>
    </message>
    <message>
      <source>MSPA edge width in pixels.</source>
      <translation>MSPA 边缘宽度（像元数）。</translation>
    </message>
    <message>
      <source>Dispersal distance in map units: the IIC link threshold and the distance at which PC's probability is 0.5.</source>
      <translation>扩散距离（地图单位）：即 IIC 的连接阈值，以及 PC 连通概率为 0.5 时的距离。</translation>
    </message>
    <message>
      <source>Patches farther apart are not linked directly (map units).</source>
      <translation>距离超过此值的斑块之间不建立直接连接（地图单位）。</translation>
    </message>
    <message>
      <source>Smallest area of a source (map units squared).</source>
      <translation>源地的最小面积（地图单位的平方）。</translation>
    </message>
    <message>
      <source>Smallest dPC (percent) of a source.</source>
      <translation>源地的最小 dPC（百分比）。</translation>
    </message>
    <message>
      <source>Land-use scores (value=score; ...)</source>
      <translation>土地利用得分（value=score; ...）</translation>
    </message>
    <message>
      <source>Elevation (DEM)</source>
      <translation>高程（DEM）</translation>
    </message>
    <message>
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <source>Mining areas</source>
      <translation>矿区</translation>
    </message>
    <message>
      <source>Score land use</source>
      <translation>土地利用评分</translation>
    </message>
    <message>
      <source>Score elevation</source>
      <translation>高程评分</translation>
    </message>
    <message>
      <source>Slope</source>
      <translation>坡度</translation>
    </message>
    <message>
      <source>Score slope</source>
      <translation>坡度评分</translation>
    </message>
    <message>
      <source>Distance to roads</source>
      <translation>距道路距离</translation>
    </message>
    <message>
      <source>Score distance to roads</source>
      <translation>距道路距离评分</translation>
    </message>
    <message>
      <source>Distance to mining areas</source>
      <translation>距矿区距离</translation>
    </message>
    <message>
      <source>Score distance to mining areas</source>
      <translation>距矿区距离评分</translation>
    </message>
    <message>
      <source>Weighted overlay and corrections</source>
      <translation>加权叠加与修正</translation>
    </message>
    <message>
      <source>Builds a resistance surface as the Liuzhi study does: land use scored by a table, elevation and slope (from the DEM with gdal:slope) scored 1-5 by natural breaks, distances to roads and to mining areas scored 5 (near) to 1 (far) by natural breaks; weighted 0.35, 0.1, 0.1, 0.25, 0.25 and multiplied by correction coefficients (rock desertification, soil erosion, geological hazards, ...). Every raster is put on the land-use grid.</source>
      <translation>按六枝研究的方法构建阻力面：土地利用按对照表评分，高程和坡度（由 DEM 经 gdal:slope 计算）按自然断点法评为 1-5 分，距道路和距矿区的距离按自然断点法评为 5 分（近）至 1 分（远）；以 0.35、0.1、0.1、0.25、0.25 加权，再乘以修正系数（石漠化、土壤侵蚀、地质灾害等）。所有栅格均统一到土地利用栅格的网格上。</translation>
    </message>
    <message>
      <source>Land-use raster; its grid is the grid of the resistance surface.</source>
      <translation>土地利用栅格；其网格即阻力面的网格。</translation>
    </message>
    <message>
      <source>Resistance score of each land-use code, 'code=score' separated by ';'; 'code=nodata' makes a class impassable.</source>
      <translation>各土地利用代码的阻力得分，格式为 'code=score'，以 ';' 分隔；'code=nodata' 表示该类型不可通行。</translation>
    </message>
    <message>
      <source>Elevation raster; elevation and slope (gdal:slope) are scored 1-5 by natural breaks.</source>
      <translation>高程栅格；高程与坡度（gdal:slope）按自然断点法评为 1-5 分。</translation>
    </message>
    <message>
      <source>Roads (lines); the distance to them is scored 5 (near) to 1 (far).</source>
      <translation>道路（线）；距道路的距离评为 5 分（近）至 1 分（远）。</translation>
    </message>
    <message>
      <source>Mining areas (any geometry); the distance to them is scored 5 (near) to 1 (far).</source>
      <translation>矿区（任意几何类型）；距矿区的距离评为 5 分（近）至 1 分（远）。</translation>
    </message>
    <message>
      <source>Optional rasters of correction coefficients (rock desertification, soil erosion, geological hazards) that multiply the weighted resistance.</source>
      <translation>可选的修正系数栅格（石漠化、土壤侵蚀、地质灾害），与加权阻力相乘。</translation>
    </message>
    <message>
      <source>Corridor width (cost distance)</source>
      <translation>廊道宽度（成本距离）</translation>
    </message>
    <message>
      <source>Least-cost corridors</source>
      <translation>最小成本廊道</translation>
    </message>
    <message>
      <source>Circuit-theory current</source>
      <translation>电路理论电流</translation>
    </message>
    <message>
      <source>Ecological sources (an id raster, e.g. the output raster of selectsources) and a resistance surface (e.g. from resistancesurface): least-cost links and normalised corridors as Linkage Mapper maps them (cost-allocation adjacency, corridors truncated at the given cost width), and the cumulative current of a pairwise Circuitscape run between the same sources, each source short-circuited into one node (the usual way to use whole patches as focal nodes).</source>
      <translation>输入生态源地（ID 栅格，如 selectsources 的输出栅格）和阻力面（如 resistancesurface 的输出）：按 Linkage Mapper 的方式生成最小成本连接和归一化廊道（成本分配区邻接，廊道按给定成本宽度截断），并在相同源地之间运行 Circuitscape 成对模式计算累积电流，每个源地短路为一个节点（将整个斑块作为焦点节点的常用做法）。</translation>
    </message>
    <message>
      <source>Raster of source ids (0 or nodata = none), e.g. from selectsources.</source>
      <translation>源地 ID 栅格（0 或无数据 = 非源地），例如来自 selectsources。</translation>
    </message>
    <message>
      <source>Resistance surface (&gt; 0; nodata impassable).</source>
      <translation>阻力面（&gt; 0；无数据表示不可通行）。</translation>
    </message>
    <message>
      <source>Cost-distance width of the least-cost corridors.</source>
      <translation>最小成本廊道的成本距离宽度。</translation>
    </message>
    <message>
      <source>Pinch-point corridor width (cost distance)</source>
      <translation>夹点分析的廊道宽度（成本距离）</translation>
    </message>
    <message>
      <source>Barrier radius from (map units)</source>
      <translation>障碍点检测半径起始值（地图单位）</translation>
    </message>
    <message>
      <source>Barrier radius to (map units)</source>
      <translation>障碍点检测半径终止值（地图单位）</translation>
    </message>
    <message>
      <source>Barrier radius step (map units)</source>
      <translation>障碍点检测半径步长（地图单位）</translation>
    </message>
    <message>
      <source>Corridor importance</source>
      <translation>廊道重要性</translation>
    </message>
    <message>
      <source>Source importance</source>
      <translation>源地重要性</translation>
    </message>
    <message>
      <source>Barrier improvement score</source>
      <translation>障碍点改善得分</translation>
    </message>
    <message>
      <source>Barrier percent improvement</source>
      <translation>障碍点改善百分比</translation>
    </message>
    <message>
      <source>Barrier best radius</source>
      <translation>障碍点最佳半径</translation>
    </message>
    <message>
      <source>Areas to protect by unit</source>
      <translation>按行政单元统计的生态保护关键区</translation>
    </message>
    <message>
      <source>Areas to restore by unit</source>
      <translation>按行政单元统计的生态修复关键区</translation>
    </message>
    <message>
      <source>The whole ecological-security-pattern workflow: the resistance surface of scored factors (as the resistance model), ecological sources from a habitat map (MSPA cores, dPC, thresholds) on its grid, least-cost links and corridors between them, corridor importance by current-flow centrality, pinch points (current in each corridor) and barriers (restoration improvement score), and the top natural-breaks class of each as key areas to protect (pinch points) or restore (barriers), listed by administrative unit with their land use.</source>
      <translation>完整的生态安全格局构建流程：由评分因子构建阻力面（作为阻力模型），在其网格上由生境图识别生态源地（MSPA 核心区、dPC、阈值），生成源地之间的最小成本连接和生态廊道，以电流中心度评价廊道重要性，识别夹点（各廊道内的电流）和障碍点（修复改善得分），并将两者自然断点法的最高等级分别作为生态保护关键区（夹点）和生态修复关键区（障碍点），按行政单元列出并附土地利用信息。</translation>
    </message>
    <message>
      <source>Cost-distance width of the corridors in which pinch points are mapped.</source>
      <translation>用于识别夹点的廊道成本距离宽度。</translation>
    </message>
    <message>
      <source>Smallest barrier detection radius (map units).</source>
      <translation>障碍点检测的最小半径（地图单位）。</translation>
    </message>
    <message>
      <source>Largest barrier detection radius (map units).</source>
      <translation>障碍点检测的最大半径（地图单位）。</translation>
    </message>
    <message>
      <source>Step between barrier radii (map units).</source>
      <translation>障碍点检测半径的步长（地图单位）。</translation>
    </message>
    <message>
      <source>Administrative units (polygons) by which key areas are listed.</source>
      <translation>用于统计关键区的行政单元（面）。</translation>
    </message>
    <message>
      <source>The field naming each unit.</source>
      <translation>标识各单元名称的字段。</translation>
    </message>
    <message>
      <source>Names of the land-use codes, 'code=name' separated by ';'.</source>
      <translation>土地利用代码的名称，格式为 'code=name'，以 ';' 分隔。</translation>
    </message>
    <message>
      <source>EcoSecurity: ecological security patterns and coupling coordination</source>
      <translation>EcoSecurity：生态安全格局与耦合协调</translation>
    </message>
    <message>
      <source>Weights of factors from a pairwise comparison matrix by the Analytic Hierarchy Process, with Saaty's consistency check. The table it writes feeds resistancesurface's WEIGHTS_TABLE.</source>
      <translation>采用层次分析法由两两比较判断矩阵计算因子权重，并进行 Saaty 一致性检验。输出的权重表可作为 resistancesurface 的 WEIGHTS_TABLE 输入。</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>A w = lambda_max w (principal eigenvector, normalised to sum 1); CI = (lambda_max - n)/(n - 1); CR = CI / RI(n), RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1..15. CR &lt; 0.10 is acceptable.</source>
      <translation>A w = lambda_max w（主特征向量，归一化使其和为 1）；CI = (lambda_max - n)/(n - 1)；CR = CI / RI(n)，n = 1..15 时 RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59。CR &lt; 0.10 即通过一致性检验。</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>输出</translation>
    </message>
    <message>
      <source>Rows separated by ';' (or new lines), entries by ','; fractions such as '1/3' allowed. a_ij says how much more important factor i is than j (1 equal ... 9 extreme); a_ji must be 1/a_ij.</source>
      <translation>各行以 ';'（或换行）分隔，元素以 ',' 分隔；允许使用 '1/3' 这样的分数。a_ij 表示因子 i 相对于因子 j 的重要程度（1 同等重要 …… 9 极端重要）；a_ji 必须等于 1/a_ij。</translation>
    </message>
    <message>
      <source>Optional factor names, comma separated, in matrix order.</source>
      <translation>可选的因子名称，逗号分隔，按矩阵顺序排列。</translation>
    </message>
    <message>
      <source>Accept CR &gt;= 0.10 with a warning instead of an error.</source>
      <translation>CR &gt;= 0.10 时仅给出警告而不报错。</translation>
    </message>
    <message>
      <source>Table: factor, weight.</source>
      <translation>表：factor, weight。</translation>
    </message>
    <message>
      <source>Numeric outputs, also in the log.</source>
      <translation>数值结果，同时写入日志。</translation>
    </message>
    <message>
      <source>References</source>
      <translation>参考文献</translation>
    </message>
    <message>
      <source>Barriers (restoration improvement score)</source>
      <translation>障碍点（修复改善得分）</translation>
    </message>
    <message>
      <source>Finds the places where restoring a small area would shorten the least-cost corridors most, as Linkage Mapper's Barrier Mapper does: for each link and each cell, a circle of each radius is imagined restored and the saving in cost-weighted distance is scored per unit of restored length.</source>
      <translation>按 Linkage Mapper 的 Barrier Mapper 方法，找出修复小面积区域即可最大程度缩短最小成本廊道的位置：对每条连接和每个像元，假设以各半径的圆形区域得到修复，按单位修复长度计算成本加权距离的减少量作为得分。</translation>
    </message>
    <message>
      <source>For link (a, b) and a circle of radius R centred on a cell (cells whose centres lie within R), D = 2R and the restored cells cost 1 per map unit: improvement = LCD - (min CWD_a in the circle + min CWD_b in the circle + D); score = improvement / D; percent = 100 x improvement / LCD; values &lt;= 0 are nodata. Links combine by maximum (or sum), radii by maximum; OUTPUT_RADIUS holds the radius of the best score.</source>
      <translation>对连接 (a, b) 及以某像元为中心、半径为 R 的圆（像元中心位于 R 以内的像元），D = 2R，修复后的像元每地图单位成本为 1：改善值 = LCD - (圆内 CWD_a 最小值 + 圆内 CWD_b 最小值 + D)；得分 = 改善值 / D；百分比 = 100 x 改善值 / LCD；&lt;= 0 的值设为无数据。多条连接取最大值（或求和）合并，多个半径取最大值；OUTPUT_RADIUS 记录最佳得分对应的半径。</translation>
    </message>
    <message>
      <source>Link lines with from_id, to_id, lcd (least-cost corridor tool).</source>
      <translation>含 from_id、to_id、lcd 字段的连接线（最小成本廊道工具的输出）。</translation>
    </message>
    <message>
      <source>Source ids as a raster; or give SOURCE_POLYGONS with SOURCE_ID_FIELD instead.</source>
      <translation>源地 ID 栅格；也可改为提供 SOURCE_POLYGONS 及 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>Resistance surface the links were built on.</source>
      <translation>构建连接时所用的阻力面。</translation>
    </message>
    <message>
      <source>Smallest radius, map units (at least one cell).</source>
      <translation>最小半径，地图单位（至少一个像元）。</translation>
    </message>
    <message>
      <source>Largest radius, map units.</source>
      <translation>最大半径，地图单位。</translation>
    </message>
    <message>
      <source>Radius step, map units (0: MIN_RADIUS only).</source>
      <translation>半径步长，地图单位（0：仅使用 MIN_RADIUS）。</translation>
    </message>
    <message>
      <source>Maximum over links (Linkage Mapper's default) or their sum.</source>
      <translation>多条连接取最大值（Linkage Mapper 默认）或求和。</translation>
    </message>
    <message>
      <source>Choices:</source>
      <translation>可选项：</translation>
    </message>
    <message>
      <source>Default:</source>
      <translation>默认值：</translation>
    </message>
    <message>
      <source>The whole circle, or Linkage Mapper's ring: the cells beyond R - 1 map unit and within R (ArcGIS NbrAnnulus, as s6_barriers.py).</source>
      <translation>整个圆形，或 Linkage Mapper 的环形：距离大于 R - 1 个地图单位且不超过 R 的像元（ArcGIS NbrAnnulus，与 s6_barriers.py 一致）。</translation>
    </message>
    <message>
      <source>Percent = 100 x improvement / LCD, or Linkage Mapper's 100 x score / LCD.</source>
      <translation>百分比 = 100 x 改善值 / LCD，或 Linkage Mapper 的 100 x 得分 / LCD。</translation>
    </message>
    <message>
      <source>Improvement score (cost-distance saved per map unit restored).</source>
      <translation>改善得分（每修复一个地图单位所节省的成本距离）。</translation>
    </message>
    <message>
      <source>Percent improvement of the link's LCD.</source>
      <translation>连接 LCD 的改善百分比。</translation>
    </message>
    <message>
      <source>Radius that gave the best score (map units).</source>
      <translation>获得最佳得分的半径（地图单位）。</translation>
    </message>
    <message>
      <source>Corridor importance (current-flow centrality)</source>
      <translation>廊道重要性（电流中心度）</translation>
    </message>
    <message>
      <source>Ranks corridors and sources by how much current they carry when every pair of sources exchanges 1 A over the network of least-cost links, as Linkage Mapper's Centrality Mapper does with Circuitscape's network mode.</source>
      <translation>按 Linkage Mapper 的 Centrality Mapper 调用 Circuitscape 网络模式的方式，在最小成本连接网络上令每对源地之间交换 1 A 电流，按各廊道和源地承载的电流大小进行排序。</translation>
    </message>
    <message>
      <source>Each link is a resistor of resistance LINK_WEIGHT (default lcd). For every pair of sources (i, j) in one component, 1 A enters at i and leaves at j: v = L+ (e_i - e_j), L the network Laplacian. current_flow of a link = sum over pairs of |its branch current|; of a source = sum over pairs of (sum of |branch currents| + |injected current|) / 2, Circuitscape's node current. Levels by natural breaks, 1 = most important.</source>
      <translation>每条连接视为一个电阻，其阻值为 LINK_WEIGHT（默认 lcd）。对同一连通分量中的每对源地 (i, j)，1 A 电流从 i 流入、从 j 流出：v = L+ (e_i - e_j)，L 为网络的拉普拉斯矩阵。连接的 current_flow = 各源地对下其 |支路电流| 之和；源地的 current_flow = 各源地对下 (|支路电流| 之和 + |注入电流|) / 2 之和，即 Circuitscape 的节点电流。按自然断点法划分等级，1 = 最重要。</translation>
    </message>
    <message>
      <source>Link lines with from_id, to_id and lcd (LINKS of the least-cost corridor tool).</source>
      <translation>含 from_id、to_id 和 lcd 字段的连接线（最小成本廊道工具的 LINKS 输出）。</translation>
    </message>
    <message>
      <source>Numeric field used as the link's resistance; default lcd.</source>
      <translation>用作连接阻力的数值字段；默认 lcd。</translation>
    </message>
    <message>
      <source>Optional source ids as a raster (or SOURCE_POLYGONS with SOURCE_ID_FIELD): adds their geometry to OUTPUT_SOURCES and lists unlinked sources with 0.</source>
      <translation>可选的源地 ID 栅格（或 SOURCE_POLYGONS 及 SOURCE_ID_FIELD）：将其几何添加到 OUTPUT_SOURCES，未连接的源地以 0 列出。</translation>
    </message>
    <message>
      <source>Natural-breaks levels of the link current (default 3).</source>
      <translation>连接电流的自然断点分级数（默认 3）。</translation>
    </message>
    <message>
      <source>The links with current_flow and level.</source>
      <translation>带 current_flow 和 level 字段的连接。</translation>
    </message>
    <message>
      <source>Each source id with current_flow and level.</source>
      <translation>各源地 ID 及其 current_flow 和 level。</translation>
    </message>
    <message>
      <source>Circuit-theory connectivity (Circuitscape)</source>
      <translation>电路理论连通性（Circuitscape）</translation>
    </message>
    <message>
      <source>Current flow and effective resistance between ecological sources across a resistance surface, with Circuitscape's conventions, so results agree with it (its raster verify suite is reproduced). One factorisation per connected component and one solve per focal node serve every pair: K focal nodes cost K solves, not K(K-1)/2.</source>
      <translation>在阻力面上计算生态源地之间的电流与有效电阻，遵循 Circuitscape 的约定，因此结果与其一致（复现了其栅格验证测试集）。每个连通分量只做一次矩阵分解，每个焦点节点只求解一次即可服务所有节点对：K 个焦点节点只需 K 次求解，而非 K(K-1)/2 次。</translation>
    </message>
    <message>
      <source>Conductance g = 1/R per cell (cells with nodata are not in the graph; R = 0 is an error: use a short-circuit region). Edge conductance: the mean of the two cells' conductances (default) or 1/mean of their resistances, diagonal edges divided by sqrt(2). Solve L v = i; effective resistance R_ij = v_i - v_j for 1 A from j to i (R_ij = Z_ii + Z_jj - 2 Z_ij from the stored solutions); node current = (sum of |branch currents| + |injected current|)/2; the cumulative map sums the pairs.</source>
      <translation>每个像元的电导 g = 1/R（无数据像元不纳入图；R = 0 会报错：请使用短路区域）。边电导：两像元电导的平均值（默认）或两像元电阻平均值的倒数，对角边再除以 sqrt(2)。求解 L v = i；从 j 到 i 注入 1 A 电流时有效电阻 R_ij = v_i - v_j（由存储的解计算 R_ij = Z_ii + Z_jj - 2 Z_ij）；节点电流 = (|支路电流| 之和 + |注入电流|)/2；累积电流图为各节点对之和。</translation>
    </message>
    <message>
      <source>Resistance raster (or conductance with IS_CONDUCTANCE).</source>
      <translation>阻力栅格（设置 IS_CONDUCTANCE 时为电导）。</translation>
    </message>
    <message>
      <source>Focal node ids as a raster (several cells with one id form one region node); or FOCAL_POINTS with FOCAL_ID_FIELD, or FOCAL_POLYGONS with FOCAL_POLYGON_ID_FIELD.</source>
      <translation>焦点节点 ID 栅格（同一 ID 的多个像元构成一个区域节点）；也可改为提供 FOCAL_POINTS 及 FOCAL_ID_FIELD，或 FOCAL_POLYGONS 及 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>Circuitscape's modes. Advanced takes SOURCES (current, A) and GROUNDS (resistance to ground, or conductance with GROUND_IS_CONDUCTANCE).</source>
      <translation>Circuitscape 的计算模式。高级模式需要 SOURCES（电流源，单位 A）和 GROUNDS（接地电阻；设置 GROUND_IS_CONDUCTANCE 时为电导）。</translation>
    </message>
    <message>
      <source>Cells connected to their eight or four neighbours.</source>
      <translation>像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>How a link between two cells is weighted: by the mean of their conductances (Circuitscape's default) or of their resistances.</source>
      <translation>两像元之间连接的权重计算方式：取两者电导的平均值（Circuitscape 默认）或电阻的平均值。</translation>
    </message>
    <message>
      <source>Raster of short-circuit regions (cells of one id are merged).</source>
      <translation>短路区域栅格（同一 ID 的像元合并为一个节点）。</translation>
    </message>
    <message>
      <source>Raster: cells &lt;= 0 or nodata are left out.</source>
      <translation>栅格：&lt;= 0 或无数据的像元被排除。</translation>
    </message>
    <message>
      <source>Optional table of pairs to solve (fields from_id, to_id).</source>
      <translation>可选的待求解节点对表（字段 from_id、to_id）。</translation>
    </message>
    <message>
      <source>Auto uses the direct solver up to 4.5 million cells; direct is a sparse Cholesky factorisation (nested dissection of the grid, dense fronts); CG with algebraic multigrid needs pyamg.</source>
      <translation>自动模式在 450 万像元以内使用直接求解器；直接求解为稀疏 Cholesky 分解（网格嵌套剖分，稠密波前）；代数多重网格预条件共轭梯度法需要 pyamg。</translation>
    </message>
    <message>
      <source>Processes for the pair maps.</source>
      <translation>计算逐对电流图的进程数。</translation>
    </message>
    <message>
      <source>Cumulative current (Float32; 0 off the graph, as Circuitscape).</source>
      <translation>累积电流（Float32；图外像元为 0，与 Circuitscape 一致）。</translation>
    </message>
    <message>
      <source>Maximum current over pairs (optional).</source>
      <translation>各节点对中的最大电流（可选）。</translation>
    </message>
    <message>
      <source>from_id, to_id, resistance (-1: different components); one-to-all / all-to-one: one row per focal node.</source>
      <translation>from_id, to_id, resistance（-1：位于不同连通分量）；一对多 / 多对一模式：每个焦点节点一行。</translation>
    </message>
    <message>
      <source>Optional: per-pair (per-node) current and voltage GeoTIFFs.</source>
      <translation>可选：逐对（逐节点）电流和电压 GeoTIFF。</translation>
    </message>
    <message>
      <source>Classify field (natural breaks, equal interval, quantile, table)</source>
      <translation>字段分级（自然断点法、等间距、分位数、固定分级表）</translation>
    </message>
    <message>
      <source>Grading and maps</source>
      <translation>分级与制图</translation>
    </message>
    <message>
      <source>Grades a numeric field of a table or vector layer into classes and adds the class number and its label to every row. Computed breaks are class maxima: a class holds (lower, upper], the first class also its minimum. A fixed table reads [lower, upper) with the last class closed, as grading tables are written (e.g. 0,0.2,0.4,0.6,0.8,1 for the five-level safety scale Unsafe, Relatively unsafe, Critical safety, Relatively safe, Ideal safety). Values outside a fixed table get no class (NULL, nodata).</source>
      <translation>将表或矢量图层的数值字段划分为若干等级，并为每行添加等级编号及其标签。计算得到的断点为各级最大值：每级区间为 (下限, 上限]，第一级同时包含最小值。固定分级表按 [下限, 上限) 读取，最后一级为闭区间，与分级标准表的写法一致（例如 0,0.2,0.4,0.6,0.8,1 对应五级安全等级：不安全、较不安全、临界安全、较安全、理想安全）。超出固定分级表范围的值不分级（NULL，无数据）。</translation>
    </message>
    <message>
      <source>Natural breaks minimise sum over classes c of sum over x in c of (x - mean_c)^2, solved exactly by dynamic programming (Fisher 1958).</source>
      <translation>自然断点法使各级内 (x - mean_c)^2 之和对所有等级 c 求和后最小，采用动态规划精确求解（Fisher 1958）。</translation>
    </message>
    <message>
      <source>Table or vector layer.</source>
      <translation>表或矢量图层。</translation>
    </message>
    <message>
      <source>Numeric field to grade (a text field of numbers, as in a CSV, is accepted). NULL rows get no class.</source>
      <translation>待分级的数值字段（也接受存储数字的文本字段，如 CSV 中的字段）。NULL 行不分级。</translation>
    </message>
    <message>
      <source>Natural breaks: the exact Fisher-Jenks optimum, the partition into CLASSES classes with the least total within-class sum of squared deviations (the same breaks as jenkspy); 1 equal interval; 2 quantile (equal counts; tied quantiles merge classes); 3 fixed table: BREAKS and LABELS as given.</source>
      <translation>自然断点法：精确的 Fisher-Jenks 最优解，即划分为 CLASSES 个等级且级内离差平方和总计最小的方案（断点与 jenkspy 相同）；1 等间距；2 分位数（各级数量相等；相同分位数会合并等级）；3 固定分级表：按给定的 BREAKS 和 LABELS 分级。</translation>
    </message>
    <message>
      <source>Number of classes of a computed method.</source>
      <translation>计算类方法的分级数。</translation>
    </message>
    <message>
      <source>Fixed table edges, e.g. 0,0.2,0.4,0.6,0.8,1.</source>
      <translation>固定分级表的边界，例如 0,0.2,0.4,0.6,0.8,1。</translation>
    </message>
    <message>
      <source>Labels, one per class; default 'Class 1', 'Class 2', ...</source>
      <translation>标签，每级一个；默认为 'Class 1', 'Class 2', ...</translation>
    </message>
    <message>
      <source>Names of the added fields.</source>
      <translation>新增字段的名称。</translation>
    </message>
    <message>
      <source>The encoding of CSV and other text tables, which QGIS cannot tell from UTF-8 by itself: choose GBK / GB18030 for a CSV saved by Excel or SPSS on a Chinese Windows. A table that is not UTF-8 is refused by name unless its encoding is given here (or set on the layer in QGIS).</source>
      <translation>CSV 等文本表的编码，QGIS 无法自行区分其与 UTF-8：在中文 Windows 上由 Excel 或 SPSS 保存的 CSV 请选择 GBK / GB18030。非 UTF-8 的表格将被拒绝并给出文件名，除非在此处（或在 QGIS 的图层属性中）指定其编码。</translation>
    </message>
    <message>
      <source>The rows with the class number and label, styled by class.</source>
      <translation>带等级编号和标签的记录，按等级符号化。</translation>
    </message>
    <message>
      <source>One row per class: lower and upper edge, label, count, share.</source>
      <translation>每级一行：下限和上限、标签、数量、占比。</translation>
    </message>
    <message>
      <source>Classify raster (natural breaks, equal interval, quantile, table)</source>
      <translation>栅格分级（自然断点法、等间距、分位数、固定分级表）</translation>
    </message>
    <message>
      <source>Grades a raster band into classes 1..k (Byte, nodata 0) with a labelled colour table. Works block by block, so memory does not grow with the raster. Computed breaks are class maxima: a class holds (lower, upper], the first class also its minimum. A fixed table reads [lower, upper) with the last class closed, as grading tables are written (e.g. 0,0.2,0.4,0.6,0.8,1 for the five-level safety scale Unsafe, Relatively unsafe, Critical safety, Relatively safe, Ideal safety). Values outside a fixed table get no class (NULL, nodata).</source>
      <translation>将栅格波段划分为 1..k 级（Byte，无数据值 0），并附带带标签的颜色表。逐块处理，内存占用不随栅格大小增长。计算得到的断点为各级最大值：每级区间为 (下限, 上限]，第一级同时包含最小值。固定分级表按 [下限, 上限) 读取，最后一级为闭区间，与分级标准表的写法一致（例如 0,0.2,0.4,0.6,0.8,1 对应五级安全等级：不安全、较不安全、临界安全、较安全、理想安全）。超出固定分级表范围的值不分级（NULL，无数据）。</translation>
    </message>
    <message>
      <source>Natural breaks minimise the total within-class sum of squared deviations. They are exact over the distinct cell values when there are at most 4,096 of them; with more (continuous rasters) the cells are summarised in 65,536 equal-width bins that keep each bin's count, sum and sum of squares, so the optimum is exact over breaks placed at bin ends (1/65,536 of the value range). Unlike QGIS's own Jenks, no sample is drawn.</source>
      <translation>自然断点法使级内离差平方和总计最小。当像元的不同取值不超过 4,096 个时，在这些取值上精确求解；取值更多时（连续栅格），像元被汇总到 65,536 个等宽分箱中，并保留每个分箱的计数、总和及平方和，因此在分箱端点（值域的 1/65,536）处放置断点时的最优解是精确的。与 QGIS 自带的 Jenks 方法不同，此处不进行抽样。</translation>
    </message>
    <message>
      <source>Raster layer.</source>
      <translation>栅格图层。</translation>
    </message>
    <message>
      <source>Band to classify.</source>
      <translation>待分级的波段。</translation>
    </message>
    <message>
      <source>Fixed table edges.</source>
      <translation>固定分级表的边界。</translation>
    </message>
    <message>
      <source>Labels, one per class.</source>
      <translation>标签，每级一个。</translation>
    </message>
    <message>
      <source>Class raster (Byte; 0 = nodata or outside a fixed table), styled with the labels.</source>
      <translation>等级栅格（Byte；0 = 无数据或超出固定分级表范围），按标签符号化。</translation>
    </message>
    <message>
      <source>One row per class: lower and upper edge, label, cell count, share.</source>
      <translation>每级一行：下限和上限、标签、像元数、占比。</translation>
    </message>
    <message>
      <source>Composite index (entropy weights)</source>
      <translation>综合指数（熵权法）</translation>
    </message>
    <message>
      <source>Builds a composite index U of one system (e.g. ecological security or rural revitalisation) from its indicators: standardises them, weights them (entropy, equal or given weights) and sums. By default one weight vector is computed over all rows pooled (regions x years, the panel entropy method), so scores compare across years; with GROUP_FIELD (e.g. year) scaling and weights are computed within each group.</source>
      <translation>由某一系统（如生态安全或乡村振兴）的各项指标构建其综合指数 U：先标准化，再赋权（熵权、等权重或指定权重），然后加权求和。默认在所有行（区域 × 年份）混合后计算一组权重（面板熵权法），使得分在年份之间可比；设置 GROUP_FIELD（如年份）时，标准化和赋权在各组内分别进行。</translation>
    </message>
    <message>
      <source>min-max z = (x - min)/(max - min), negative indicators (max - x)/(max - min); shifted z = 0.1 + 0.9 (x - min)/(max - min); p_ij = z_ij / sum_i z_ij; e_j = -(1/ln m) sum_i p_ij ln p_ij with 0 ln 0 = 0; w_j = (1 - e_j) / sum_k (1 - e_k); U_i = sum_j w_j z_ij. A criterion's sub-index sums w_j z_ij over its indicators, so the sub-indices add up to U. A constant indicator carries no information: it gets weight 0 and a warning.</source>
      <translation>极差标准化 z = (x - min)/(max - min)，负向指标为 (max - x)/(max - min)；平移标准化 z = 0.1 + 0.9 (x - min)/(max - min)；p_ij = z_ij / sum_i z_ij；e_j = -(1/ln m) sum_i p_ij ln p_ij，约定 0 ln 0 = 0；w_j = (1 - e_j) / sum_k (1 - e_k)；U_i = sum_j w_j z_ij。准则层的分项指数为其所含指标的 w_j z_ij 之和，因此各分项指数之和等于 U。取值恒定的指标不含信息：其权重为 0 并给出警告。</translation>
    </message>
    <message>
      <source>Table or layer with one row per region (and year); a CSV is fine.</source>
      <translation>每个区域（及年份）一行的表或图层；可直接使用 CSV。</translation>
    </message>
    <message>
      <source>Indicators where larger is better.</source>
      <translation>越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators where larger is worse (reversed by the scaling).</source>
      <translation>越大越差的指标（标准化时反向处理）。</translation>
    </message>
    <message>
      <source>How indicators are put on one scale. The shifted min-max keeps every z &gt; 0 (the entropy needs no log of 0); with none, values must already be standardised and negative indicators need scaling.</source>
      <translation>将各指标统一到同一量纲的方法。平移极差标准化使所有 z &gt; 0（熵值计算无需对 0 取对数）；选择不标准化时，数值必须已标准化，且负向指标需要经过标准化处理。</translation>
    </message>
    <message>
      <source>Entropy weights, equal weights, or the weights given in GIVEN_WEIGHTS.</source>
      <translation>熵权、等权重，或 GIVEN_WEIGHTS 中指定的权重。</translation>
    </message>
    <message>
      <source>'field=weight,...' for every indicator; normalised to sum 1.</source>
      <translation>每个指标均需给出 'field=weight,...'；权重归一化使其和为 1。</translation>
    </message>
    <message>
      <source>Optional: scale and weigh within each group (e.g. each year).</source>
      <translation>可选：在各组内（如每一年）分别标准化和赋权。</translation>
    </message>
    <message>
      <source>Optional criterion layers, e.g. 'Pressure: X1,X2; State: X6,X7'; each adds a field &lt;INDEX_FIELD&gt;_&lt;name&gt;.</source>
      <translation>可选的准则层，例如 'Pressure: X1,X2; State: X6,X7'；每个准则层新增一个字段 &lt;INDEX_FIELD&gt;_&lt;name&gt;。</translation>
    </message>
    <message>
      <source>Name of the index field (default U).</source>
      <translation>指数字段名（默认 U）。</translation>
    </message>
    <message>
      <source>The input rows with the index and sub-indices.</source>
      <translation>附带综合指数及分项指数的输入记录。</translation>
    </message>
    <message>
      <source>indicator, direction, criterion, entropy e, divergence 1 - e, weight (per group when GROUP_FIELD is set).</source>
      <translation>indicator（指标）、direction（方向）、criterion（准则层）、entropy e（信息熵）、divergence 1 - e（差异系数）、weight（权重）（设置 GROUP_FIELD 时按组给出）。</translation>
    </message>
    <message>
      <source>Corridors: least-cost links and current flow</source>
      <translation>生态廊道：最小成本连接与电流</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流</translation>
    </message>
    <message>
      <source>Coupling coordination: indicators to graded map</source>
      <translation>耦合协调：从指标到分级专题图</translation>
    </message>
    <message>
      <source>Coupling coordination degree</source>
      <translation>耦合协调度</translation>
    </message>
    <message>
      <source>Coupling degree C, comprehensive development index T and coupling coordination degree D of two or more systems per row (region and year), graded into coordination levels. For two systems it also gives the relative development U1/U2 and names the lagging system.</source>
      <translation>逐行（区域和年份）计算两个或多个系统的耦合度 C、综合发展指数 T 和耦合协调度 D，并划分协调等级。两个系统时还给出相对发展度 U1/U2，并指出滞后的系统。</translation>
    </message>
    <message>
      <source>Classic: C = n [prod_i U_i / (sum_i U_i)^n]^(1/n) (two systems: 2 sqrt(U1 U2) / (U1 + U2)). Corrected (Wang et al. 2021): C = sqrt{[1 - sum_{i&gt;j} |U_i - U_j| / sum_{m=1}^{n-1} m] [prod_i (U_i / max U)]^(1/(n-1))}. T = sum_i alpha_i U_i, D = sqrt(C T). Rows whose U are all 0 get C = 0. Lagging: U1/U2 &lt; 1 - tolerance means the first system lags, &gt; 1 + tolerance the second, otherwise synchronous.</source>
      <translation>经典模型：C = n [prod_i U_i / (sum_i U_i)^n]^(1/n)（两个系统时：2 sqrt(U1 U2) / (U1 + U2)）。修正模型（Wang et al. 2021）：C = sqrt{[1 - sum_{i&gt;j} |U_i - U_j| / sum_{m=1}^{n-1} m] [prod_i (U_i / max U)]^(1/(n-1))}。T = sum_i alpha_i U_i，D = sqrt(C T)。U 全为 0 的行 C = 0。滞后判断：U1/U2 &lt; 1 - tolerance 表示第一个系统滞后，&gt; 1 + tolerance 表示第二个系统滞后，否则为同步发展。</translation>
    </message>
    <message>
      <source>Table with the system indices (e.g. the output of compositeindex).</source>
      <translation>含系统指数的表（如 compositeindex 的输出）。</translation>
    </message>
    <message>
      <source>Two or more index fields, each in [0, 1].</source>
      <translation>两个或多个指数字段，取值均在 [0, 1] 内。</translation>
    </message>
    <message>
      <source>alpha_i, comma separated, summing to 1; default equal.</source>
      <translation>alpha_i，逗号分隔，和为 1；默认等权重。</translation>
    </message>
    <message>
      <source>The classic model, or the corrected model of Wang et al. (2021), which keeps C spread over [0, 1].</source>
      <translation>经典模型，或 Wang et al. (2021) 的修正模型（使 C 在 [0, 1] 内分布更分散）。</translation>
    </message>
    <message>
      <source>The ten-level table: [0,0.1) extreme imbalance, [0.1,0.2) severe imbalance, [0.2,0.3) moderate imbalance, [0.3,0.4) mild imbalance, [0.4,0.5) borderline coordination, [0.5,0.6) primary coordination, [0.6,0.7) mild coordination, [0.7,0.8) moderate coordination, [0.8,0.9) good coordination, [0.9,1] high coordination; or custom BREAKS and LABELS ([lower, upper) classes).</source>
      <translation>十级分类表：[0,0.1) 极度失调，[0.1,0.2) 严重失调，[0.2,0.3) 中度失调，[0.3,0.4) 轻度失调，[0.4,0.5) 濒临失调，[0.5,0.6) 勉强协调，[0.6,0.7) 初级协调，[0.7,0.8) 中级协调，[0.8,0.9) 良好协调，[0.9,1] 优质协调；或自定义 BREAKS 和 LABELS（[下限, 上限) 区间）。</translation>
    </message>
    <message>
      <source>Band around U1/U2 = 1 counted as synchronous (default 0.1).</source>
      <translation>U1/U2 = 1 附近视为同步发展的区间（默认 0.1）。</translation>
    </message>
    <message>
      <source>The rows with C, T, D, D_LEVEL (1 = lowest), D_GRADE and, for two systems, REL_DEV = U1/U2 and LAGGING (the lagging system's field, or 'synchronous'); styled by grade.</source>
      <translation>附带 C、T、D、D_LEVEL（1 = 最低）、D_GRADE 的记录；两个系统时另含 REL_DEV = U1/U2 和 LAGGING（滞后系统的字段名，或 'synchronous'，即同步）；按等级符号化。</translation>
    </message>
    <message>
      <source>Coupling coordination report (tables and graded maps, HTML)</source>
      <translation>耦合协调报告（表格与分级专题图，HTML）</translation>
    </message>
    <message>
      <source>Writes one HTML page with the tables the Chishui study publishes and graded maps: the indicator weights of each system, the coordination degree D by region and year on the colour of its grade, by year the mean, range and number of regions in each grade, and maps of the grades of chosen years drawn by QGIS.</source>
      <translation>生成一个 HTML 页面，包含赤水研究中发表的表格及分级专题图：各系统的指标权重；按区域和年份列出的耦合协调度 D，并以其所属等级的颜色标示；逐年统计的均值、取值范围及各等级的区域数；以及由 QGIS 绘制的所选年份等级分布图。</translation>
    </message>
    <message>
      <source>Grades are LEVEL_FIELD when the table has it, else the ten-level table of D (0-0.1 extreme imbalance ... 0.9-1 high coordination).</source>
      <translation>若表中含有 LEVEL_FIELD，则以其作为等级，否则按 D 的十级分类表划分（0-0.1 极度失调 …… 0.9-1 优质协调）。</translation>
    </message>
    <message>
      <source>Coupling table (ecosecurity:couplingcoordination OUTPUT).</source>
      <translation>耦合协调度表（ecosecurity:couplingcoordination 的 OUTPUT）。</translation>
    </message>
    <message>
      <source>Region key and time (year) fields of INPUT.</source>
      <translation>INPUT 的区域关键字段和时间（年份）字段。</translation>
    </message>
    <message>
      <source>The degree to report (default D).</source>
      <translation>报告所用的耦合协调度字段（默认 D）。</translation>
    </message>
    <message>
      <source>Its grade number and label (default D_LEVEL, D_GRADE; computed on the ten-level table when absent).</source>
      <translation>其等级编号和标签（默认 D_LEVEL、D_GRADE；缺失时按十级分类表计算）。</translation>
    </message>
    <message>
      <source>Weight tables of the systems (ecosecurity:compositeindex OUTPUT_WEIGHTS), one table each.</source>
      <translation>各系统的权重表（ecosecurity:compositeindex 的 OUTPUT_WEIGHTS），每个系统一张表。</translation>
    </message>
    <message>
      <source>Region polygons and their key; keys match ignoring case, spaces, underscores, hyphens and dots. Regions without rows are not mapped.</source>
      <translation>区域面图层及其关键字段；匹配关键字段时忽略大小写、空格、下划线、连字符和点号。没有对应记录的区域不绘制。</translation>
    </message>
    <message>
      <source>Times to map, e.g. 2010;2015;2020 (default the first, middle and last).</source>
      <translation>制图时间，例如 2010;2015;2020（默认取第一期、中间一期和最后一期）。</translation>
    </message>
    <message>
      <source>The page's title.</source>
      <translation>页面标题。</translation>
    </message>
    <message>
      <source>Width of each map image in pixels.</source>
      <translation>每幅地图图片的宽度（像素）。</translation>
    </message>
    <message>
      <source>The report; the maps are PNG images inside the page.</source>
      <translation>报告；地图以 PNG 图片形式嵌入页面。</translation>
    </message>
    <message>
      <source>Distance to features or cells</source>
      <translation>到要素或像元的距离</translation>
    </message>
    <message>
      <source>Euclidean distance in map units from every cell of a reference grid to the nearest road, river or mining area (vector features), or to the nearest target cell of a raster, computed by GDAL's rasterize and proximity.</source>
      <translation>利用 GDAL 的栅格化（rasterize）和邻近度（proximity）工具，计算参考栅格每个像元到最近的道路、河流或矿区（矢量要素）或到栅格中最近目标像元的欧氏距离（地图单位）。</translation>
    </message>
    <message>
      <source>d(x) = min over target cells t of |x - t| between cell centres, in CRS units; cells farther than MAX_DISTANCE get MAX_DISTANCE.</source>
      <translation>d(x) = 像元中心间 |x - t| 对所有目标像元 t 的最小值，单位为 CRS 单位；距离超过 MAX_DISTANCE 的像元取 MAX_DISTANCE。</translation>
    </message>
    <message>
      <source>The grid of the result (extent, cell size, CRS); its nodata cells stay nodata. It must be in a projected CRS.</source>
      <translation>结果栅格的网格（范围、像元大小、CRS）；其无数据像元保持为无数据。必须为投影坐标系。</translation>
    </message>
    <message>
      <source>Optional vector layer (reprojected to the grid's CRS).</source>
      <translation>可选的矢量图层（重投影到网格的 CRS）。</translation>
    </message>
    <message>
      <source>Burn every cell a feature touches (default; keeps thin roads continuous) or only cells whose centre it covers.</source>
      <translation>烧录要素接触的所有像元（默认；保持细窄道路连续），或仅烧录中心被要素覆盖的像元。</translation>
    </message>
    <message>
      <source>Optional raster whose target cells count too (aligned to the grid by nearest neighbour).</source>
      <translation>可选栅格，其目标像元同样计入（按最邻近法与网格对齐）。</translation>
    </message>
    <message>
      <source>Values of SOURCE_RASTER that are targets, e.g. '3' for developed land; empty = every non-zero cell.</source>
      <translation>SOURCE_RASTER 中作为目标的值，例如 '3' 表示建设用地；留空 = 所有非零像元。</translation>
    </message>
    <message>
      <source>Cap on the distance (0 = none).</source>
      <translation>距离上限（0 = 不限）。</translation>
    </message>
    <message>
      <source>Float32 distance raster (nodata -9999), styled in blues.</source>
      <translation>Float32 距离栅格（无数据值 -9999），以蓝色系符号化。</translation>
    </message>
    <message>
      <source>Ecological security network: sources to key areas</source>
      <translation>生态安全网络：从源地到关键区</translation>
    </message>
    <message>
      <source>Ecological sources: MSPA, connectivity, selection</source>
      <translation>生态源地：MSPA、连通性与筛选</translation>
    </message>
    <message>
      <source>Forecast panel values (LSTM and baselines)</source>
      <translation>面板数据预测（LSTM 与基准模型）</translation>
    </message>
    <message>
      <source>Panel dynamics</source>
      <translation>面板动态分析</translation>
    </message>
    <message>
      <source>Forecasts a value of every region (e.g. the coordination degree D) to a target year with an LSTM and with baselines every user can run, scores each model on the last TEST_YEARS periods held out (fitted on the periods before), then refits on every period and forecasts to TARGET_TIME, grading each forecast on the ten-level coordination table. So a user sees whether the LSTM earns its place. The LSTM needs PyTorch; without it the tool says how to install it and runs the others.</source>
      <translation>用 LSTM 以及任何用户都能运行的基准模型，将每个区域的某一数值（如耦合协调度 D）预测至目标年份：先留出最后 TEST_YEARS 期（用之前各期拟合）对各模型评分，再用全部时期重新拟合并预测至 TARGET_TIME，按十级协调分类表对每个预测值划分等级。由此用户可以判断 LSTM 是否确有优势。LSTM 需要 PyTorch；若未安装，工具会说明安装方法并运行其他模型。</translation>
    </message>
    <message>
      <source>Last value: y_(T+h) = y_T. Linear trend: y_it = a_i + b_i t by OLS per region. Pooled AR(1): y_t = c + phi y_(t-1), OLS over all regions, iterated. LSTM: one network over all regions' windows of WINDOW values (scaled to [0, 1]), trained by Adam for EPOCHS full-batch steps, forecasting recursively; seeded. Scores: R2 = 1 - SSE/SST, RMSE, MAE on the held-out periods.</source>
      <translation>末期值：y_(T+h) = y_T。线性趋势：逐区域以 OLS 估计 y_it = a_i + b_i t。混合 AR(1)：y_t = c + phi y_(t-1)，对所有区域做 OLS 估计，迭代预测。LSTM：对所有区域长度为 WINDOW 的窗口（缩放到 [0, 1]）训练一个网络，用 Adam 进行 EPOCHS 步全批量训练，递归预测；固定随机种子。评分：在留出期上计算 R2 = 1 - SSE/SST、RMSE、MAE。</translation>
    </message>
    <message>
      <source>Panel table.</source>
      <translation>面板数据表。</translation>
    </message>
    <message>
      <source>Period field (evenly spaced).</source>
      <translation>时期字段（等间隔）。</translation>
    </message>
    <message>
      <source>Value to forecast.</source>
      <translation>待预测的数值。</translation>
    </message>
    <message>
      <source>Last periods held out for scoring (default 3).</source>
      <translation>留出用于评分的最后若干期（默认 3）。</translation>
    </message>
    <message>
      <source>Period to forecast to, e.g. 2030.</source>
      <translation>预测目标时期，例如 2030。</translation>
    </message>
    <message>
      <source>Models to fit and compare (default all); the LSTM needs PyTorch.</source>
      <translation>待拟合和比较的模型（默认全部）；LSTM 需要 PyTorch。</translation>
    </message>
    <message>
      <source>LSTM input length (periods).</source>
      <translation>LSTM 输入长度（期数）。</translation>
    </message>
    <message>
      <source>LSTM training steps.</source>
      <translation>LSTM 训练步数。</translation>
    </message>
    <message>
      <source>Random seed of the LSTM.</source>
      <translation>LSTM 的随机种子。</translation>
    </message>
    <message>
      <source>region, time, model, value, kind (observed, test forecast, forecast), D_LEVEL and D_GRADE of forecasts on the ten-level table.</source>
      <translation>region（区域）、time（时间）、model（模型）、value（数值）、kind（类型：observed 观测值、test forecast 检验期预测、forecast 预测），以及预测值按十级分类表划分的 D_LEVEL 和 D_GRADE。</translation>
    </message>
    <message>
      <source>model, R2, RMSE, MAE, n on the held-out periods.</source>
      <translation>model、R2、RMSE、MAE、n（留出期上的评分）。</translation>
    </message>
    <message>
      <source>History and forecasts of every model, and the scores.</source>
      <translation>各模型的历史值与预测值，以及评分。</translation>
    </message>
    <message>
      <source>Join grades to regions (graded map)</source>
      <translation>将等级连接到区域（分级专题图）</translation>
    </message>
    <message>
      <source>Joins a region (and year) table, such as the output of couplingcoordination, to region polygons by a key and styles the result by grade: the map coupling studies draw. Wide layout: one feature per region with a field per year (D_2010, D_2011, ...), styled by the last year. Long layout: one feature per region and year, styled by grade, ready for the temporal controller or a filter per year. QGIS ships Natural Earth states and provinces in resources/data/world_map.gpkg (layer states_provinces, with the 31 Chinese provinces and the US states), a handy region layer.</source>
      <translation>将区域（及年份）数据表（如 couplingcoordination 的输出）按关键字段连接到区域面图层，并按等级符号化：即耦合研究中常绘制的专题图。宽表布局：每个区域一个要素，每年一个字段（D_2010, D_2011, ...），按最后一年符号化。长表布局：每个区域每年一个要素，按等级符号化，可直接用于时态控制器或逐年筛选。QGIS 自带的 Natural Earth 省级行政区数据位于 resources/data/world_map.gpkg（图层 states_provinces，含中国 31 个省级行政区和美国各州），可作为便捷的区域图层。</translation>
    </message>
    <message>
      <source>Region (and year) table.</source>
      <translation>区域（及年份）数据表。</translation>
    </message>
    <message>
      <source>Region key in the table.</source>
      <translation>数据表中的区域关键字段。</translation>
    </message>
    <message>
      <source>Region polygons.</source>
      <translation>区域面图层。</translation>
    </message>
    <message>
      <source>Region key in the polygons.</source>
      <translation>面图层中的区域关键字段。</translation>
    </message>
    <message>
      <source>Optional year field of a panel.</source>
      <translation>面板数据的年份字段（可选）。</translation>
    </message>
    <message>
      <source>Fields to carry; default every field but the keys.</source>
      <translation>要携带的字段；默认为除关键字段外的所有字段。</translation>
    </message>
    <message>
      <source>Wide: one feature per region with a field per year; long: one feature per region and year.</source>
      <translation>宽表：每个区域一个要素，每年一个字段；长表：每个区域每年一个要素。</translation>
    </message>
    <message>
      <source>Exact keys, or loose keys: case, spaces, underscores, hyphens and dots are ignored ('NEW_YORK' meets 'New York').</source>
      <translation>精确匹配关键字段，或宽松匹配：忽略大小写、空格、下划线、连字符和点（'NEW_YORK' 可匹配 'New York'）。</translation>
    </message>
    <message>
      <source>Field to style by (default D_LEVEL), with labels from LABEL_FIELD (default D_GRADE) when present.</source>
      <translation>用于符号化的字段（默认 D_LEVEL），若存在 LABEL_FIELD（默认 D_GRADE）则取其作为标签。</translation>
    </message>
    <message>
      <source>Keep regions without data (with NULL values).</source>
      <translation>保留无数据的区域（值为 NULL）。</translation>
    </message>
    <message>
      <source>Region polygons with the joined values, styled by grade. Table keys that meet no region are listed in the log.</source>
      <translation>连接了数值并按等级符号化的区域面图层。未匹配到任何区域的表关键字段会列在日志中。</translation>
    </message>
    <message>
      <source>Kernel density by period</source>
      <translation>分时期核密度估计</translation>
    </message>
    <message>
      <source>How the distribution of a value (e.g. the coordination degree D) moves over the years: a Gaussian kernel density per period (and per region group), with the main peak's location and height, the number of peaks (polarisation) and the width, on one value grid so the curves compare.</source>
      <translation>分析某一数值（如耦合协调度 D）的分布随年份的演变：逐期（及逐区域分组）进行高斯核密度估计，给出主峰的位置和高度、波峰数量（极化特征）及宽度，所有曲线位于同一取值网格上以便比较。</translation>
    </message>
    <message>
      <source>f(x) = 1/(n h) sum_i phi((x - x_i)/h). Silverman: h = 0.9 min(sd, IQR/1.349) n^(-1/5) (Stata's default; R's bw.nrd0 writes IQR/1.34, so the two agree whenever sd is the smaller); Scott: 1.06 min(sd, IQR/1.349) n^(-1/5). The grid runs from min - 3h to max + 3h in 512 points, as R's density(). A peak is a local maximum rising 5 % of the main peak above the troughs beside it; width = full width at half maximum of the main peak.</source>
      <translation>f(x) = 1/(n h) sum_i phi((x - x_i)/h)。Silverman：h = 0.9 min(sd, IQR/1.349) n^(-1/5)（Stata 的默认值；R 的 bw.nrd0 写作 IQR/1.34，因此在 sd 较小时两者一致）；Scott：1.06 min(sd, IQR/1.349) n^(-1/5)。网格从 min - 3h 到 max + 3h 共 512 个点，与 R 的 density() 相同。波峰指高出两侧波谷至少为主峰 5 % 的局部极大值；宽度 = 主峰的半高全宽。</translation>
    </message>
    <message>
      <source>Value, e.g. D.</source>
      <translation>数值，例如 D。</translation>
    </message>
    <message>
      <source>Period (year).</source>
      <translation>时期（年份）。</translation>
    </message>
    <message>
      <source>Optional region group (e.g. east, central, west, northeast).</source>
      <translation>可选的区域分组（如东部、中部、西部、东北）。</translation>
    </message>
    <message>
      <source>Silverman's or Scott's rule of thumb, or the fixed BANDWIDTH_VALUE.</source>
      <translation>Silverman 或 Scott 经验法则，或固定的 BANDWIDTH_VALUE。</translation>
    </message>
    <message>
      <source>The fixed bandwidth.</source>
      <translation>固定带宽。</translation>
    </message>
    <message>
      <source>Curves: group, time, x, density.</source>
      <translation>曲线：group, time, x, density。</translation>
    </message>
    <message>
      <source>Per group and time: n, bandwidth, peak_x, peak_density, n_peaks, fwhm, mean, sd.</source>
      <translation>按分组和时间：n, bandwidth, peak_x, peak_density, n_peaks, fwhm, mean, sd。</translation>
    </message>
    <message>
      <source>Curves per year and a 3-D surface over the years.</source>
      <translation>逐年曲线及跨年份的三维曲面。</translation>
    </message>
    <message>
      <source>Key areas by administrative unit</source>
      <translation>按行政单元统计关键区</translation>
    </message>
    <message>
      <source>Turns a score raster (pinch-point current, barrier improvement) into the list of key areas to protect or restore, by township or village, with their area and land use, as the restoration tables of ecological-security-pattern studies.</source>
      <translation>将得分栅格（夹点电流、障碍点改善得分）转换为按乡镇或村统计的待保护或待修复关键区清单，附面积和土地利用信息，与生态安全格局研究中的修复表格一致。</translation>
    </message>
    <message>
      <source>Natural breaks (Fisher-Jenks) classify the finite SCORE values into CLASSES; cells of the top class (score &gt; upper edge of the class below), optionally only inside CORRIDORS, form key areas (8-connected). Each key area is cut by the ADMIN units: one polygon per (key area, unit), area = cells x cell area, so a key area crossing a boundary counts once in each unit and the units' areas add up to the total.</source>
      <translation>用自然断点法（Fisher-Jenks）将有限的 SCORE 值划分为 CLASSES 级；最高等级的像元（得分 &gt; 下一级上界），可选仅限 CORRIDORS 范围内，构成关键区（八连通）。每个关键区按 ADMIN 行政单元切分：每个（关键区，单元）组合一个面，面积 = 像元数 x 像元面积，因此跨越边界的关键区在每个单元中各计一次，各单元面积之和等于总面积。</translation>
    </message>
    <message>
      <source>Score raster (e.g. pinch points or barriers).</source>
      <translation>得分栅格（如夹点或障碍点）。</translation>
    </message>
    <message>
      <source>Natural-breaks classes (default 4); the top one is kept.</source>
      <translation>自然断点分级数（默认 4）；保留最高一级。</translation>
    </message>
    <message>
      <source>Optional raster: keep only cells with data in it (the corridors).</source>
      <translation>可选栅格：仅保留其中有数据的像元（即廊道）。</translation>
    </message>
    <message>
      <source>Optional land-use raster (integer codes).</source>
      <translation>可选的土地利用栅格（整数代码）。</translation>
    </message>
    <message>
      <source>Optional class names, 'code=name; code=name'.</source>
      <translation>可选的类型名称，'code=name; code=name'。</translation>
    </message>
    <message>
      <source>Optional administrative polygons (reprojected when in another CRS).</source>
      <translation>可选的行政区划面图层（CRS 不同时自动重投影）。</translation>
    </message>
    <message>
      <source>Their name field.</source>
      <translation>其名称字段。</translation>
    </message>
    <message>
      <source>Key-area polygons: key_id, admin, area_ha, score_max, score_mean, main_landuse, landuse (composition).</source>
      <translation>关键区面：key_id, admin, area_ha, score_max, score_mean, main_landuse, landuse（组成）。</translation>
    </message>
    <message>
      <source>By unit: key_areas, area_ha, share of all key area, main_landuse.</source>
      <translation>按单元：key_areas（关键区数量）、area_ha（面积）、占全部关键区面积的比例、main_landuse（主要土地利用类型）。</translation>
    </message>
    <message>
      <source>Least-cost corridors (build network and map linkages)</source>
      <translation>最小成本廊道（构建网络并绘制连接）</translation>
    </message>
    <message>
      <source>Joins ecological sources across a resistance surface as Linkage Mapper's Build Network and Map Linkages does: candidate links between sources whose cost allocation zones touch (or Euclidean zones, or every pair within a distance), the least-cost path and cost-weighted distance of each, links dropped when their path crosses a third source or they are too long, and the normalised least-cost corridors truncated at a cost-distance width.</source>
      <translation>按 Linkage Mapper 的 Build Network and Map Linkages 方法，在阻力面上连接生态源地：候选连接为成本分配区相邻的源地对（或欧氏分配区相邻，或距离阈值内的所有源地对），计算每条连接的最小成本路径和成本加权距离，删除路径穿越第三个源地或过长的连接，并生成按成本距离宽度截断的归一化最小成本廊道。</translation>
    </message>
    <message>
      <source>Cost-weighted distance with the ArcGIS convention: a step between orthogonal neighbours costs cell size x (r_a + r_b)/2, a diagonal step sqrt(2) times that. LCD_AB = min over B's cells of CWD_A. Corridor NLCC(x) = min over links of CWD_A(x) + CWD_B(x) - LCD_AB (0 on the least-cost path), cells above WIDTH_CUTOFF left out. cwd_euc_ratio = LCD / edge-to-edge distance, cwd_path_ratio = LCD / path length.</source>
      <translation>成本加权距离采用 ArcGIS 约定：正交相邻像元间一步的成本为 像元大小 x (r_a + r_b)/2，对角一步为其 sqrt(2) 倍。LCD_AB = CWD_A 在 B 各像元上的最小值。廊道 NLCC(x) = 对所有连接取 CWD_A(x) + CWD_B(x) - LCD_AB 的最小值（最小成本路径上为 0），超过 WIDTH_CUTOFF 的像元被排除。cwd_euc_ratio = LCD / 边缘间距离，cwd_path_ratio = LCD / 路径长度。</translation>
    </message>
    <message>
      <source>Source ids as a raster (0 or nodata = none); or give SOURCE_POLYGONS with SOURCE_ID_FIELD instead.</source>
      <translation>源地 ID 栅格（0 或无数据 = 非源地）；也可改为提供 SOURCE_POLYGONS 及 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>Which sources become candidate links: those whose cost-allocation zones touch (Linkage Mapper's default), whose Euclidean allocation zones touch, or every pair within MAX_EUCLIDEAN.</source>
      <translation>哪些源地对成为候选连接：成本分配区相邻的（Linkage Mapper 默认）、欧氏分配区相邻的，或 MAX_EUCLIDEAN 范围内的所有源地对。</translation>
    </message>
    <message>
      <source>Drop candidates farther apart, edge to edge (0 = no limit).</source>
      <translation>删除边缘间距离超过此值的候选连接（0 = 不限）。</translation>
    </message>
    <message>
      <source>Drop links with a larger LCD (0 = no limit).</source>
      <translation>删除 LCD 超过此值的连接（0 = 不限）。</translation>
    </message>
    <message>
      <source>Keep links whose path crosses a third source.</source>
      <translation>保留路径穿越第三个源地的连接。</translation>
    </message>
    <message>
      <source>Keep only each source's N nearest links (0 = all).</source>
      <translation>每个源地仅保留最近的 N 条连接（0 = 全部）。</translation>
    </message>
    <message>
      <source>Cost-distance width of the corridors (0 = untruncated).</source>
      <translation>廊道的成本距离宽度（0 = 不截断）。</translation>
    </message>
    <message>
      <source>Least-cost paths as lines: from_id, to_id, lcd, euc_dist, path_length, cwd_euc_ratio, cwd_path_ratio.</source>
      <translation>以线表示的最小成本路径：from_id, to_id, lcd, euc_dist, path_length, cwd_euc_ratio, cwd_path_ratio。</translation>
    </message>
    <message>
      <source>Normalised least-cost corridors (Float32).</source>
      <translation>归一化最小成本廊道（Float32）。</translation>
    </message>
    <message>
      <source>Optional folder: each source's cost-distance raster.</source>
      <translation>可选文件夹：保存每个源地的成本距离栅格。</translation>
    </message>
    <message>
      <source>MSPA (Morphological Spatial Pattern Analysis)</source>
      <translation>MSPA（形态学空间格局分析）</translation>
    </message>
    <message>
      <source>Splits the habitat of a map into MSPA's seven classes (core, islet, perforation, edge, loop, bridge, branch) pixel for pixel as the JRC MSPA engine of GuidosToolbox does, with its byte coding and colours, and a table of the classes. Core areas are the usual candidates for ecological sources.</source>
      <translation>按 GuidosToolbox 中 JRC MSPA 引擎的方法，逐像元将图中的生境划分为 MSPA 的七种景观类型（核心区、孤岛、穿孔、边缘区、环道区、桥接区、支线），采用其字节编码和配色，并输出各类型统计表。核心区通常作为生态源地的候选区域。</translation>
    </message>
    <message>
      <source>Core: foreground farther than EDGE_WIDTH + 0.98 (Euclidean) from background; islet: foreground components without core; edge / perforation: the ring around core outside / inside its holes; loop / bridge: the anchored skeleton linking a core to itself / to another core; branch: the rest. Missing pixels near foreground count as foreground. Coding: core 17, islet 9, perforation 5, edge 3, loop 65 (67/69 in edge/perforation), bridge 33 (35/37), branch 1, background 0, missing 129; INTEXT adds 100 inside core holes and splits background into core-opening 100 and border-opening 220.</source>
      <translation>核心区：与背景的（欧氏）距离大于 EDGE_WIDTH + 0.98 的前景；孤岛：不含核心区的前景连通组分；边缘区 / 穿孔：核心区外侧 / 其内部孔洞周围的环带；环道区 / 桥接区：连接核心区与自身 / 与另一核心区的锚定骨架；支线：其余部分。靠近前景的缺失像元按前景处理。编码：核心区 17，孤岛 9，穿孔 5，边缘区 3，环道区 65（位于边缘区/穿孔中为 67/69），桥接区 33（35/37），支线 1，背景 0，缺失 129；INTEXT 对核心区孔洞内的像元加 100，并将背景分为核心区开口 100 和边界开口 220。</translation>
    </message>
    <message>
      <source>Habitat map (e.g. land cover).</source>
      <translation>生境图（如土地覆被）。</translation>
    </message>
    <message>
      <source>Values that are habitat, comma separated (default 2).</source>
      <translation>属于生境的值，逗号分隔（默认 2）。</translation>
    </message>
    <message>
      <source>Values that are missing besides nodata (default 0).</source>
      <translation>除无数据外视为缺失的值（默认 0）。</translation>
    </message>
    <message>
      <source>Foreground cells connected to their eight or four neighbours.</source>
      <translation>前景像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>Edge width in pixels (default 1).</source>
      <translation>边缘宽度，单位为像元（默认 1）。</translation>
    </message>
    <message>
      <source>Show the transition pixels of loops and bridges (as GuidosToolbox, this changes colours only; the codes are the same).</source>
      <translation>显示环道区和桥接区的过渡像元（与 GuidosToolbox 相同，仅改变颜色，编码不变）。</translation>
    </message>
    <message>
      <source>Tell internal from external features.</source>
      <translation>区分内部与外部要素。</translation>
    </message>
    <message>
      <source>Byte raster in GuidosToolbox's coding, with its colour table.</source>
      <translation>采用 GuidosToolbox 编码的 Byte 栅格，附带其颜色表。</translation>
    </message>
    <message>
      <source>class, name, pixels, area (map units squared), share of foreground (%).</source>
      <translation>class（类型）、name（名称）、pixels（像元数）、area（面积，地图单位的平方）、share of foreground（占前景比例，%）。</translation>
    </message>
    <message>
      <source>Network report (maps and tables, HTML)</source>
      <translation>生态安全网络报告（地图与表格，HTML）</translation>
    </message>
    <message>
      <source>Writes one HTML page that shows an ecological security network as the studies publish it: maps of the sources and resistance, the corridors with their current, the pinch points, the barriers and the key areas, drawn by QGIS with each layer's style (the .qml beside a file, else the layer's own), and the tables of the Liuzhi study: sources with area and level, corridors with length, cost distance, current and level, pinch points and barriers with number, area and corridor length, key areas by unit with land use.</source>
      <translation>生成一个 HTML 页面，按研究论文的发表形式展示生态安全网络：由 QGIS 按各图层的样式（文件旁的 .qml，否则为图层自身的样式）绘制的源地与阻力面图、带电流的生态廊道图、夹点图、障碍点图和关键区图，以及六枝研究中的表格：源地（面积与等级），廊道（长度、成本距离、电流与等级），夹点与障碍点（数量、面积与廊道长度），按行政单元统计的关键区（附土地利用）。</translation>
    </message>
    <message>
      <source>Lengths and areas are measured in the layers' CRS (in metres; on its ellipsoid when it is geographic) when their fields (path_length, src_area, area_ha) are missing. Corridor length in key areas = length of the links inside their polygons.</source>
      <translation>若缺少长度和面积字段（path_length、src_area、area_ha），则在图层的 CRS 中量算（单位为米；地理坐标系时在其椭球体上量算）。关键区内的廊道长度 = 位于关键区面内的连接长度。</translation>
    </message>
    <message>
      <source>Sources (ecosecurity:selectsources or :centrality): source_id, src_area (m2), src_dPC and level when present.</source>
      <translation>源地（ecosecurity:selectsources 或 :centrality 的输出）：source_id、src_area（m2）、src_dPC，以及 level（若存在）。</translation>
    </message>
    <message>
      <source>Links (ecosecurity:centrality, or :leastcostcorridors): from_id, to_id, lcd, path_length, current_flow and level when present.</source>
      <translation>连接（ecosecurity:centrality 或 :leastcostcorridors 的输出）：from_id、to_id、lcd、path_length、current_flow，以及 level（若存在）。</translation>
    </message>
    <message>
      <source>Rasters for the maps (optional; a map whose raster is missing is left out).</source>
      <translation>用于制图的栅格（可选；缺少栅格的地图将被略去）。</translation>
    </message>
    <message>
      <source>Key areas (ecosecurity:keyareas OUTPUT).</source>
      <translation>关键区（ecosecurity:keyareas 的 OUTPUT）。</translation>
    </message>
    <message>
      <source>Key areas by unit (ecosecurity:keyareas OUTPUT_SUMMARY).</source>
      <translation>按行政单元统计的关键区（ecosecurity:keyareas 的 OUTPUT_SUMMARY）。</translation>
    </message>
    <message>
      <source>Administrative units drawn as outlines.</source>
      <translation>以轮廓线绘制的行政单元。</translation>
    </message>
    <message>
      <source>The report; the maps are PNG images inside the page, so it is one file that opens offline.</source>
      <translation>报告；地图以 PNG 图片形式嵌入页面，因此报告为单个文件，可离线打开。</translation>
    </message>
    <message>
      <source>Omnidirectional connectivity (Omniscape)</source>
      <translation>全向连通性（Omniscape）</translation>
    </message>
    <message>
      <source>Where movement flows across the whole landscape, without choosing sources first: McRae's moving-window circuit method as Omniscape.jl computes it (its test suite is reproduced). Every target block of BLOCK_SIZE x BLOCK_SIZE cells is the ground of one circuit on the disc of radius RADIUS + BUFFER cells around it, fed by the source strengths within RADIUS cells, scaled to the block's own total strength.</source>
      <translation>无需预先选定源地，计算整个景观中生物移动的流动格局：按 Omniscape.jl 的计算方法实现 McRae 的移动窗口电路方法（复现了其测试集）。每个 BLOCK_SIZE x BLOCK_SIZE 像元的目标块作为一个电路的接地，该电路位于目标块周围半径为 RADIUS + BUFFER 个像元的圆盘上，由 RADIUS 个像元范围内的源强度供电，注入电流总量按该目标块自身的总源强度缩放。</translation>
    </message>
    <message>
      <source>Conductance g = 1/R; edges join 8 (or 4) neighbours with (g1 + g2)/2, diagonals divided by sqrt(2); the target cell is grounded; a cell's current is the larger of its in- and outflow. Cumulative current = sum over windows (times Omniscape's block-artifact correction when BLOCK_SIZE &gt; 1); flow potential = the same with R = 1 everywhere; normalised current = cumulative / flow potential (0/0 = 0): &lt; 1 where resistance impedes movement, &gt; 1 where it channels it.</source>
      <translation>电导 g = 1/R；边连接 8（或 4）个相邻像元，边电导为 (g1 + g2)/2，对角边再除以 sqrt(2)；目标像元接地；像元电流取其流入与流出电流中的较大者。累积电流 = 各窗口电流之和（BLOCK_SIZE &gt; 1 时乘以 Omniscape 的分块伪影校正系数）；流动潜力 = 各处 R = 1 时的同一计算结果；标准化电流 = 累积电流 / 流动潜力（0/0 = 0）：&lt; 1 表示阻力阻碍移动，&gt; 1 表示阻力使移动通道化。</translation>
    </message>
    <message>
      <source>Resistance raster (conductance with IS_CONDUCTANCE); values must be &gt; 0, nodata cells are outside the circuit.</source>
      <translation>阻力栅格（设置 IS_CONDUCTANCE 时为电导）；取值须 &gt; 0，无数据像元不纳入电路。</translation>
    </message>
    <message>
      <source>Source strength raster; or SOURCE_FROM_RESISTANCE: 1/R (the conductance) where R &lt;= R_CUTOFF, else 0.</source>
      <translation>源强度栅格；或设置 SOURCE_FROM_RESISTANCE：R &lt;= R_CUTOFF 处取 1/R（即电导），否则取 0。</translation>
    </message>
    <message>
      <source>Window radius in cells (the distance in map units is RADIUS times the cell size, logged at the start of the run).</source>
      <translation>窗口半径，单位为像元（以地图单位表示的距离为 RADIUS 乘以像元大小，在运行开始时写入日志）。</translation>
    </message>
    <message>
      <source>Target block side in cells (odd; an even size is raised by 1). Larger blocks run about BLOCK_SIZE^2 times faster.</source>
      <translation>目标块边长，单位为像元（须为奇数；偶数会加 1）。块越大运行越快，速度约提高 BLOCK_SIZE^2 倍。</translation>
    </message>
    <message>
      <source>Cells added around the source disc to the circuit (not sources).</source>
      <translation>在源圆盘周围加入电路的像元数（这些像元不作为源）。</translation>
    </message>
    <message>
      <source>Source strengths below it become 0.</source>
      <translation>低于该值的源强度设为 0。</translation>
    </message>
    <message>
      <source>Four neighbours instead of eight.</source>
      <translation>使用四邻域而非八邻域。</translation>
    </message>
    <message>
      <source>Omniscape's block-artifact correction (default on).</source>
      <translation>Omniscape 的分块伪影校正（默认开启）。</translation>
    </message>
    <message>
      <source>Nodata of the resistance stays nodata in the outputs.</source>
      <translation>阻力栅格中的无数据像元在输出中保持为无数据。</translation>
    </message>
    <message>
      <source>Conditional connectivity: a source feeds a target only if its condition value minus the median of the target block's (future) values lies in [LOWER, UPPER] (0 within) or equals the block's most frequent value (1 equal).</source>
      <translation>条件连通性：仅当源像元的条件值减去目标块（未来）条件值的中位数落在 [LOWER, UPPER] 内（0 区间内），或等于目标块中出现频率最高的值（1 相等）时，该源才向目标供电。</translation>
    </message>
    <message>
      <source>Which conditions use their future raster for the target: 0 none, 1 first, 2 second, 3 both.</source>
      <translation>哪些条件对目标块使用其未来栅格：0 无，1 第一个，2 第二个，3 两者。</translation>
    </message>
    <message>
      <source>Optional rows 'from, to' applied to the resistance first; a 'to' of 'missing' (or empty) makes the cells nodata.</source>
      <translation>可选的 'from, to' 行，先应用于阻力栅格；'to' 为 'missing'（或为空）时将相应像元设为无数据。</translation>
    </message>
    <message>
      <source>Read the inputs in 32-bit (Omniscape's precision = single).</source>
      <translation>以 32 位读取输入（即 Omniscape 的 precision = single）。</translation>
    </message>
    <message>
      <source>Threads solving batches of windows.</source>
      <translation>分批求解窗口的线程数。</translation>
    </message>
    <message>
      <source>Cumulative current.</source>
      <translation>累积电流。</translation>
    </message>
    <message>
      <source>Flow potential (optional).</source>
      <translation>流动潜力（可选）。</translation>
    </message>
    <message>
      <source>Normalised current (optional), drawn in McRae et al.'s four flow classes with bounds chosen here: impeded &lt; 0.7, diffuse 0.7-1.3, intensified 1.3-1.7, channelised &gt; 1.7.</source>
      <translation>标准化电流（可选），按 McRae et al. 的四种流动类型符号化，类别界限由本工具设定：受阻 &lt; 0.7，扩散 0.7-1.3，强化 1.3-1.7，通道化 &gt; 1.7。</translation>
    </message>
    <message>
      <source>Panel dynamics: density, unit roots, panel VAR, forecasts</source>
      <translation>面板动态：核密度、单位根、面板向量自回归与预测</translation>
    </message>
    <message>
      <source>Panel unit-root tests of each variable (and its first differences), as R plm's purtest and Stata's xtunitroot compute them; the figures of plm 2.6-2 are reproduced. A unit with gaps is tested on its longest run of consecutive periods (reported in the log); LLC, Harris-Tzavalis and Hadri need a balanced panel and say so when it is not.</source>
      <translation>按 R plm 包的 purtest 和 Stata 的 xtunitroot 的计算方法，对每个变量（及其一阶差分）进行面板单位根检验；复现了 plm 2.6-2 的结果。存在缺失期的个体使用其最长的连续时期进行检验（在日志中报告）；LLC、Harris-Tzavalis 和 Hadri 检验要求平衡面板，面板不平衡时会给出提示。</translation>
    </message>
    <message>
      <source>Unit ADF: dy_t = rho y_(t-1) + sum_(j&lt;=p) g_j dy_(t-j) + d_t + e_t, t_i = t of rho (scaled by sqrt(n/(n-k)) as plm). IPS: W = sqrt(N)(tbar - E[t])/sqrt(Var[t]) with IPS (2003) Table 3 moments. LLC: t* adjusted with LLC (2002) Table 2. Fisher: P = -2 sum ln p_i, Z = sum Phi^-1(p_i)/sqrt N, L*, Pm = sum(-2 ln p_i - 2)/(2 sqrt N), p_i MacKinnon (1996). HT: z = sqrt(N)(rho - 1 - B)/sqrt(C). Hadri: LM of the KPSS type (heteroskedasticity-consistent, as plm's default); null: all stationary.</source>
      <translation>个体 ADF：dy_t = rho y_(t-1) + sum_(j&lt;=p) g_j dy_(t-j) + d_t + e_t，t_i = rho 的 t 值（与 plm 一样乘以 sqrt(n/(n-k))）。IPS：W = sqrt(N)(tbar - E[t])/sqrt(Var[t])，矩采用 IPS (2003) Table 3。LLC：t* 按 LLC (2002) Table 2 调整。Fisher：P = -2 sum ln p_i，Z = sum Phi^-1(p_i)/sqrt N，L*，Pm = sum(-2 ln p_i - 2)/(2 sqrt N)，p_i 采用 MacKinnon (1996)。HT：z = sqrt(N)(rho - 1 - B)/sqrt(C)。Hadri：KPSS 型 LM 统计量（异方差一致，与 plm 默认相同）；原假设：全部平稳。</translation>
    </message>
    <message>
      <source>Region (unit) field.</source>
      <translation>区域（个体）字段。</translation>
    </message>
    <message>
      <source>Period field.</source>
      <translation>时期字段。</translation>
    </message>
    <message>
      <source>Variables to test.</source>
      <translation>待检验的变量。</translation>
    </message>
    <message>
      <source>Which tests (default all).</source>
      <translation>采用哪些检验（默认全部）。</translation>
    </message>
    <message>
      <source>Deterministic terms of each unit's test regression.</source>
      <translation>各个体检验回归中的确定性项。</translation>
    </message>
    <message>
      <source>ADF lags (or the most lags a selection may choose).</source>
      <translation>ADF 滞后阶数（或自动选择时的最大滞后阶数）。</translation>
    </message>
    <message>
      <source>Fixed LAGS, or chosen per unit up to LAGS by AIC, SIC (BIC) or Hall's general-to-specific rule, as plm does.</source>
      <translation>固定为 LAGS，或与 plm 一样，按 AIC、SIC（BIC）或 Hall 的一般到特殊规则，对每个个体在 LAGS 以内选择。</translation>
    </message>
    <message>
      <source>Also test the first differences.</source>
      <translation>同时检验一阶差分。</translation>
    </message>
    <message>
      <source>variable, series, test, statistic, p_value, null, verdict.</source>
      <translation>variable（变量）、series（序列）、test（检验）、statistic（统计量）、p_value（p 值）、null（原假设）、verdict（结论）。</translation>
    </message>
    <message>
      <source>The results and the series of every unit.</source>
      <translation>结果及每个个体的序列。</translation>
    </message>
    <message>
      <source>Panel VAR (GMM), impulse responses and variance decomposition</source>
      <translation>面板向量自回归（PVAR，GMM）、脉冲响应与方差分解</translation>
    </message>
    <message>
      <source>Whether two (or more) systems drive each other over regions and years: a panel vector autoregression with fixed effects removed by forward orthogonal deviations or first differences, estimated equation by equation by GMM with lagged levels as instruments, as R's panelvar (pvargmm) and Stata's pvar do; panelvar's Dahlberg fit is reproduced digit for digit, in a fraction of its time. Also: Andrews-Lu lag selection, Granger Wald tests, stability, orthogonalised impulse responses with bootstrap bands (whole regions resampled) and variance decomposition.</source>
      <translation>分析两个（或多个）系统在区域和年份上是否相互驱动：采用面板向量自回归，以前向正交离差变换或一阶差分消除固定效应，以滞后水平值为工具变量逐方程进行 GMM 估计，与 R 的 panelvar（pvargmm）和 Stata 的 pvar 一致；逐位复现了 panelvar 的 Dahlberg 算例结果，且耗时仅为其一小部分。另外提供：Andrews-Lu 滞后阶数选择、格兰杰因果 Wald 检验、稳定性检验、带自助法置信带（以整个区域为单位重抽样）的正交化脉冲响应，以及方差分解。</translation>
    </message>
    <message>
      <source>y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it. GMM: Phi' = (S_ZX' W S_ZX)^-1 S_ZX' W S_ZY, one-step W = (sum_i Z_i' H Z_i)^-1, two-step W from the one-step moments with Windmeijer (2005) standard errors. Hansen J = g' W g. MMSC (as panelvar): BIC = J - (c - b) ln n, AIC = J - 2(c - b), HQIC = J - 2.1 (c - b) ln ln n. OIRF: Psi_h = Phi_h P, P the Cholesky factor of the residual covariance in VARIABLES order (h = 1 is the impact). FEVD: sum_(s&lt;=h) Psi_s[j,k]^2 / MSE_h[j,j].</source>
      <translation>y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it。GMM：Phi' = (S_ZX' W S_ZX)^-1 S_ZX' W S_ZY，一步法 W = (sum_i Z_i' H Z_i)^-1，两步法 W 由一步法的矩条件得到，并采用 Windmeijer (2005) 标准误。Hansen J = g' W g。MMSC（与 panelvar 相同）：BIC = J - (c - b) ln n，AIC = J - 2(c - b)，HQIC = J - 2.1 (c - b) ln ln n。OIRF：Psi_h = Phi_h P，P 为残差协方差矩阵按 VARIABLES 顺序的 Cholesky 因子（h = 1 为当期冲击）。FEVD：sum_(s&lt;=h) Psi_s[j,k]^2 / MSE_h[j,j]。</translation>
    </message>
    <message>
      <source>Endogenous variables; their order is the Cholesky order.</source>
      <translation>内生变量；其顺序即 Cholesky 排序。</translation>
    </message>
    <message>
      <source>Optional strictly exogenous variables.</source>
      <translation>可选的严格外生变量。</translation>
    </message>
    <message>
      <source>VAR order p.</source>
      <translation>VAR 滞后阶数 p。</translation>
    </message>
    <message>
      <source>Lag-selection table for 1..MAX_LAGS.</source>
      <translation>1..MAX_LAGS 的滞后阶数选择表。</translation>
    </message>
    <message>
      <source>How the fixed effects are removed.</source>
      <translation>固定效应的消除方式。</translation>
    </message>
    <message>
      <source>Levels lagged this far instrument each equation (default 2..99).</source>
      <translation>用作各方程工具变量的水平值滞后阶数范围（默认 2..99）。</translation>
    </message>
    <message>
      <source>One instrument column per lag (Roodman 2009) against instrument proliferation.</source>
      <translation>每个滞后阶一个工具变量列（Roodman 2009），以防止工具变量过多。</translation>
    </message>
    <message>
      <source>One-step or two-step GMM.</source>
      <translation>一步法或两步法 GMM。</translation>
    </message>
    <message>
      <source>Take logs first (values &gt; 0).</source>
      <translation>先取对数（数值须 &gt; 0）。</translation>
    </message>
    <message>
      <source>Impulse-response and FEVD horizon.</source>
      <translation>脉冲响应（IRF）与预测误差方差分解（FEVD）的期数。</translation>
    </message>
    <message>
      <source>Bootstrap draws for the IRF bands (0 = none).</source>
      <translation>脉冲响应（IRF）置信带的自助抽样次数（0 = 不计算）。</translation>
    </message>
    <message>
      <source>Random seed of the bootstrap.</source>
      <translation>自助法的随机种子。</translation>
    </message>
    <message>
      <source>equation, regressor, coefficient, std_error, z, p.</source>
      <translation>equation（方程）、regressor（解释变量）、coefficient（系数）、std_error（标准误）、z、p。</translation>
    </message>
    <message>
      <source>lags, J, df, p, MMSC-BIC, AIC, HQIC.</source>
      <translation>lags、J、df、p、MMSC-BIC、AIC、HQIC。</translation>
    </message>
    <message>
      <source>equation, excluded, chi2, df, p.</source>
      <translation>equation（方程）、excluded（被排除变量）、chi2、df、p。</translation>
    </message>
    <message>
      <source>response, shock, h, irf, lower, upper (95 % bands).</source>
      <translation>response（响应变量）、shock（冲击变量）、h、irf、lower、upper（95 % 置信带）。</translation>
    </message>
    <message>
      <source>variable, h, and the share of each shock.</source>
      <translation>variable（变量）、h，以及各冲击的贡献比例。</translation>
    </message>
    <message>
      <source>Numeric outputs; stable when MAX_MODULUS &lt; 1.</source>
      <translation>数值结果；MAX_MODULUS &lt; 1 时模型稳定。</translation>
    </message>
    <message>
      <source>Estimates, tests, the IRF grid and FEVD bars.</source>
      <translation>估计结果、检验、脉冲响应（IRF）网格图和预测误差方差分解（FEVD）条形图。</translation>
    </message>
    <message>
      <source>Patch connectivity importance (dIIC, dPC)</source>
      <translation>斑块连通重要性（dIIC, dPC）</translation>
    </message>
    <message>
      <source>The importance of each habitat patch for landscape connectivity as Conefor 2.6 computes it (its node importances are reproduced to 1e-5): the integral index of connectivity IIC and the probability of connectivity PC, and how much each drops when the patch is lost, split into intra, flux and connector (stepping-stone) fractions. Patches are polygons, a raster of patch labels, or an MSPA output whose core is cut into patches.</source>
      <translation>按 Conefor 2.6 的方法计算各生境斑块对景观连通性的重要性（其节点重要性结果复现精度达 1e-5）：整体连通性指数 IIC 和可能连通性指数 PC，以及移除该斑块后各指数的下降幅度，并分解为内部（intra）、通量（flux）和连接（connector，踏脚石）三个分量。斑块可以是面、斑块标识栅格，或将核心区切分为斑块的 MSPA 输出。</translation>
    </message>
    <message>
      <source>IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij), nl_ij links on the shortest path, a link where d_ij &lt;= IIC_THRESHOLD. PC_num = sum_i sum_j a_i a_j p*_ij, p_ij = exp(-k d_ij), k = -ln(PC_PROBABILITY)/PC_DISTANCE, p* the best product over paths. dI_k = 100 (I - I_without_k)/I = dI_intra + dI_flux + dI_connector (Saura and Rubio 2010); dA = 100 a_k / sum a; IIC, PC = I_num / A_L^2; EC = sqrt(I_num).</source>
      <translation>IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij)，nl_ij 为最短路径上的连接数，d_ij &lt;= IIC_THRESHOLD 时建立连接。PC_num = sum_i sum_j a_i a_j p*_ij，p_ij = exp(-k d_ij)，k = -ln(PC_PROBABILITY)/PC_DISTANCE，p* 为所有路径中的最大概率乘积。dI_k = 100 (I - I_without_k)/I = dI_intra + dI_flux + dI_connector（Saura and Rubio 2010）；dA = 100 a_k / sum a；IIC, PC = I_num / A_L^2；EC = sqrt(I_num)。</translation>
    </message>
    <message>
      <source>A raster of patch labels (0 / nodata = none) or an MSPA output (RASTER_KIND); or give PATCH_POLYGONS instead.</source>
      <translation>斑块标识栅格（0 / 无数据 = 非斑块）或 MSPA 输出（RASTER_KIND）；也可改为提供 PATCH_POLYGONS。</translation>
    </message>
    <message>
      <source>Patches as polygons, instead of the raster.</source>
      <translation>以面表示的斑块，替代栅格。</translation>
    </message>
    <message>
      <source>Id field of the polygons (default: the feature id).</source>
      <translation>面的 ID 字段（默认：要素 ID）。</translation>
    </message>
    <message>
      <source>Patch labels, or an MSPA output whose core (17, 117) is labelled into patches with CONNECTIVITY.</source>
      <translation>斑块标识，或 MSPA 输出：其核心区（17, 117）按 CONNECTIVITY 标识为斑块。</translation>
    </message>
    <message>
      <source>Patch cells connected to their eight or four neighbours.</source>
      <translation>斑块像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>Numeric field of polygons to use as a_i (default: area).</source>
      <translation>用作 a_i 的面数值字段（默认：面积）。</translation>
    </message>
    <message>
      <source>Distances between patch edges or between centroids.</source>
      <translation>斑块边缘之间或质心之间的距离。</translation>
    </message>
    <message>
      <source>Link distance of IIC (map units).</source>
      <translation>IIC 的连接距离（地图单位）。</translation>
    </message>
    <message>
      <source>p = PC_PROBABILITY at PC_DISTANCE (default 0.5).</source>
      <translation>在 PC_DISTANCE 处 p = PC_PROBABILITY（默认 0.5）。</translation>
    </message>
    <message>
      <source>Pairs farther apart are not linked directly, as Conefor's 'notall' distance files (0 = every pair).</source>
      <translation>距离超过此值的斑块对不建立直接连接，相当于 Conefor 的 'notall' 距离文件（0 = 所有斑块对）。</translation>
    </message>
    <message>
      <source>A_L for IIC and PC themselves (0 = not given).</source>
      <translation>用于计算 IIC 和 PC 本身的 A_L（0 = 不指定）。</translation>
    </message>
    <message>
      <source>The patches with their own fields and dA, dIIC, dIIC_intra, dIIC_flux, dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector (percent).</source>
      <translation>带原有字段及 dA, dIIC, dIIC_intra, dIIC_flux, dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector（百分比）字段的斑块。</translation>
    </message>
    <message>
      <source>IIC and PC (with A_L), their numerators, EC(IIC), EC(PC), k.</source>
      <translation>IIC 和 PC（基于 A_L）、其分子、EC(IIC)、EC(PC)、k。</translation>
    </message>
    <message>
      <source>Pinch points (current flow in corridors)</source>
      <translation>夹点（廊道内的电流）</translation>
    </message>
    <message>
      <source>Finds where current concentrates inside the least-cost corridors, the narrow places to protect, as Linkage Mapper's Pinchpoint Mapper does: each link's corridor is cut out of the resistance surface and Circuitscape's pairwise solve runs between its two sources.</source>
      <translation>按 Linkage Mapper 的 Pinchpoint Mapper 方法，找出最小成本廊道内电流集中的位置，即需要保护的狭窄区域：从阻力面中裁切出每条连接的廊道，并在其两个源地之间运行 Circuitscape 成对模式求解。</translation>
    </message>
    <message>
      <source>Corridor of link (a, b): CWD_a + CWD_b - LCD_ab &lt;= CWD_CUTOFF (cost-weighted distance, ArcGIS convention). On that clipped resistance the sources a and b are focal regions (each shorted to one node) and 1 A flows from a to b; node current = (sum of |branch currents| + |injected current|) / 2 with branch current g (v_i - v_j), g = mean conductance of the two cells (diagonals / sqrt 2). Adjacent-pair mode combines the links' maps by maximum; ALL_PAIRS solves every pair of sources on the union of the corridors and sums their maps (cumulative current).</source>
      <translation>连接 (a, b) 的廊道：CWD_a + CWD_b - LCD_ab &lt;= CWD_CUTOFF（成本加权距离，ArcGIS 约定）。在裁切后的阻力面上，源地 a 和 b 作为焦点区域（各自短路为一个节点），1 A 电流从 a 流向 b；节点电流 = (|支路电流| 之和 + |注入电流|) / 2，支路电流为 g (v_i - v_j)，g = 两像元电导的平均值（对角线除以 sqrt 2）。相邻源地对模式下各连接的电流图取最大值合并；ALL_PAIRS 在所有廊道的并集上求解每对源地并将其电流图求和（累积电流）。</translation>
    </message>
    <message>
      <source>Corridor width as normalised cost-weighted distance (Linkage Mapper's default 10,000).</source>
      <translation>以归一化成本加权距离表示的廊道宽度（Linkage Mapper 默认 10,000）。</translation>
    </message>
    <message>
      <source>Solve all pairs over the whole corridor network (slower: one factorisation per pair).</source>
      <translation>在整个廊道网络上求解所有源地对（较慢：每对需一次矩阵分解）。</translation>
    </message>
    <message>
      <source>Current density (A per cell; nodata off the corridors).</source>
      <translation>电流密度（每像元 A；廊道外为无数据）。</translation>
    </message>
    <message>
      <source>Optional table: effective resistance of each solved pair within its corridor (-1: not connected).</source>
      <translation>可选表：每个已求解源地对在其廊道内的有效电阻（-1：不连通）。</translation>
    </message>
    <message>
      <source>Reclassify factor to scores</source>
      <translation>因子重分类评分</translation>
    </message>
    <message>
      <source>Scores a factor raster for a resistance surface, e.g. land-use classes 1-5 or elevation in five natural-breaks classes. Works block by block; nodata stays nodata.</source>
      <translation>为构建阻力面对因子栅格评分，例如将土地利用类型评为 1-5 分，或将高程按自然断点法分为五级。逐块处理；无数据保持为无数据。</translation>
    </message>
    <message>
      <source>Table: score = s_r for the first row r with min_r &lt;= x &lt;= max_r. Computed methods: class c in 1..k by the shared breaks (natural breaks = exact Fisher-Jenks), score = c when ASCENDING, k + 1 - c otherwise.</source>
      <translation>对照表：得分 = 满足 min_r &lt;= x &lt;= max_r 的第一行 r 的 s_r。计算类方法：按共同断点得到等级 c（1..k）（自然断点 = 精确的 Fisher-Jenks），ASCENDING 时得分 = c，否则为 k + 1 - c。</translation>
    </message>
    <message>
      <source>Factor raster.</source>
      <translation>因子栅格。</translation>
    </message>
    <message>
      <source>Band (default 1).</source>
      <translation>波段（默认 1）。</translation>
    </message>
    <message>
      <source>A table of values or ranges and their scores, a computed classification into CLASSES scores, or manual BREAKS.</source>
      <translation>值或值域及其得分的对照表、按计算分级划分为 CLASSES 级的得分，或手动断点 BREAKS。</translation>
    </message>
    <message>
      <source>Number of classes of a computed method (default 5).</source>
      <translation>计算类方法的分级数（默认 5）。</translation>
    </message>
    <message>
      <source>'value=score' or 'min,max=score' rows separated by ';', e.g. '1=5; 2=1; 3=5' for land use or '0,800=1; 800,1500=3; 1500,9000=5'; '0=nodata' makes a value nodata (e.g. sea coded 0).</source>
      <translation>以 ';' 分隔的 'value=score' 或 'min,max=score' 行，例如土地利用为 '1=5; 2=1; 3=5'，或 '0,800=1; 800,1500=3; 1500,9000=5'；'0=nodata' 将该值设为无数据（如编码为 0 的海域）。</translation>
    </message>
    <message>
      <source>Manual breaks, ascending, e.g. '0,500,1000,2000,5000'.</source>
      <translation>手动断点，升序，例如 '0,500,1000,2000,5000'。</translation>
    </message>
    <message>
      <source>High values get high scores (true), or low scores (false: e.g. distance to roads, where near means high resistance).</source>
      <translation>高值赋高分（true），或赋低分（false：例如距道路距离，距离近意味着阻力高）。</translation>
    </message>
    <message>
      <source>Values the table does not cover become nodata instead of an error that lists them.</source>
      <translation>对照表未覆盖的值设为无数据，而不是报错并列出这些值。</translation>
    </message>
    <message>
      <source>Score raster: Byte (nodata 255) when the scores are whole numbers 0-254, otherwise Float32 (nodata -9999); styled yellow to red.</source>
      <translation>得分栅格：得分为 0-254 的整数时为 Byte（无数据值 255），否则为 Float32（无数据值 -9999）；以黄至红色系符号化。</translation>
    </message>
    <message>
      <source>Resistance surface: scored factors, weights, corrections</source>
      <translation>阻力面：因子评分、权重与修正</translation>
    </message>
    <message>
      <source>Resistance surface (weighted overlay with corrections)</source>
      <translation>阻力面（加权叠加与修正）</translation>
    </message>
    <message>
      <source>Combines factor scores into a resistance surface: the weighted sum of the factors, multiplied by correction coefficients (e.g. 1.0-1.5 for rock desertification, soil erosion or geological hazards), optionally rescaled to a range circuit and least-cost solvers handle well. Block by block: memory does not grow with the rasters.</source>
      <translation>将各因子得分合成为阻力面：对因子加权求和，再乘以修正系数（例如石漠化、土壤侵蚀或地质灾害取 1.0-1.5），并可选择重缩放到电路理论和最小成本求解器易于处理的取值区间。逐块处理：内存占用不随栅格大小增长。</translation>
    </message>
    <message>
      <source>R = (sum_i w_i F_i) prod_j K_j with w normalised to sum 1; RESCALE [a, b]: R' = a + (b - a)(R - min R)/(max R - min R). Nodata in any factor or correction gives nodata.</source>
      <translation>R = (sum_i w_i F_i) prod_j K_j，w 归一化使其和为 1；RESCALE [a, b]：R' = a + (b - a)(R - min R)/(max R - min R)。任一因子或修正系数为无数据时结果为无数据。</translation>
    </message>
    <message>
      <source>Score rasters (e.g. from reclassify); their order is the order of the weights.</source>
      <translation>得分栅格（如来自 reclassify）；其顺序即权重的顺序。</translation>
    </message>
    <message>
      <source>Weights as text, e.g. '0.35,0.1,0.1,0.25,0.25'; positive, normalised.</source>
      <translation>以文本形式给出的权重，例如 '0.35,0.1,0.1,0.25,0.25'；须为正数，会被归一化。</translation>
    </message>
    <message>
      <source>Or the table of ahpweights (fields factor, weight): matched to the factors by layer name when every name matches, otherwise by row order.</source>
      <translation>或 ahpweights 输出的表（字段 factor、weight）：若所有名称都能匹配，则按图层名称与因子对应，否则按行顺序对应。</translation>
    </message>
    <message>
      <source>Optional rasters of multiplicative coefficients.</source>
      <translation>可选的乘法修正系数栅格。</translation>
    </message>
    <message>
      <source>Grid to align to (default: the first factor). Rasters on another grid or CRS are resampled by nearest neighbour, with a warning naming them.</source>
      <translation>对齐的目标网格（默认：第一个因子）。位于其他网格或 CRS 上的栅格按最邻近法重采样，并给出列出这些栅格的警告。</translation>
    </message>
    <message>
      <source>Optional target range, e.g. 1,100.</source>
      <translation>可选的目标区间，例如 1,100。</translation>
    </message>
    <message>
      <source>Float32 resistance (nodata -9999), styled yellow to red.</source>
      <translation>Float32 阻力面（无数据值 -9999），以黄至红色系符号化。</translation>
    </message>
    <message>
      <source>Select ecological sources</source>
      <translation>筛选生态源地</translation>
    </message>
    <message>
      <source>Ecological sources as studies define them: the habitat patches large enough and important enough for connectivity (area &gt;= MIN_AREA and dPC &gt;= MIN_DPC, e.g. the output of patchconnectivity), plus the parts of mandatory areas (ecological red line, nature reserves) they do not cover yet. Every source gets an id and an importance level by natural breaks on dPC; a raster of source ids on a reference grid feeds the corridor tools.</source>
      <translation>按研究中的通行定义确定生态源地：面积足够大且对连通性足够重要的生境斑块（area &gt;= MIN_AREA 且 dPC &gt;= MIN_DPC，如 patchconnectivity 的输出），再加上强制纳入区域（生态保护红线、自然保护区）中尚未被覆盖的部分。每个源地获得一个 ID，并按 dPC 用自然断点法划分重要性等级；参考栅格上的源地 ID 栅格可供廊道工具使用。</translation>
    </message>
    <message>
      <source>Kept: area_k &gt;= MIN_AREA and dPC_k &gt;= MIN_DPC. Levels: exact Fisher-Jenks breaks of the kept dPC into LEVELS classes, level 1 the highest. Mandatory parts: M minus the union of the kept patches, level 1. Ids: 1.. by decreasing dPC, then the mandatory parts.</source>
      <translation>保留条件：area_k &gt;= MIN_AREA 且 dPC_k &gt;= MIN_DPC。等级：对保留斑块的 dPC 做精确 Fisher-Jenks 分级，分为 LEVELS 级，1 级最高。强制纳入部分：M 减去保留斑块的并集，等级为 1。ID：按 dPC 从大到小编号为 1..，其后为强制纳入部分。</translation>
    </message>
    <message>
      <source>Patch polygons with area and dPC fields.</source>
      <translation>带面积和 dPC 字段的斑块面图层。</translation>
    </message>
    <message>
      <source>Their names (default area and dPC; without an area field the polygon area is used).</source>
      <translation>其字段名（默认 area 和 dPC；无面积字段时使用面的几何面积）。</translation>
    </message>
    <message>
      <source>Smallest area kept, map units squared.</source>
      <translation>保留的最小面积，单位为地图单位的平方。</translation>
    </message>
    <message>
      <source>Smallest dPC kept (default 1).</source>
      <translation>保留的最小 dPC（默认 1）。</translation>
    </message>
    <message>
      <source>Optional protected areas that are sources whatever their dPC.</source>
      <translation>可选的保护地，无论其 dPC 如何均作为源地。</translation>
    </message>
    <message>
      <source>Importance levels (default 3).</source>
      <translation>重要性等级数（默认 3）。</translation>
    </message>
    <message>
      <source>Grid of OUTPUT_RASTER (e.g. the resistance surface).</source>
      <translation>OUTPUT_RASTER 的网格（如阻力面）。</translation>
    </message>
    <message>
      <source>Sources: source_id, origin (patch or mandatory), area, dPC, level; the patch's own fields kept.</source>
      <translation>源地：source_id, origin（patch 或 mandatory）, area, dPC, level；保留斑块原有字段。</translation>
    </message>
    <message>
      <source>Source ids on the REFERENCE grid (0 = none).</source>
      <translation>REFERENCE 网格上的源地 ID（0 = 非源地）。</translation>
    </message>
    <message>
      <source>Extreme imbalance</source>
      <translation>极度失调</translation>
    </message>
    <message>
      <source>Severe imbalance</source>
      <translation>严重失调</translation>
    </message>
    <message>
      <source>Moderate imbalance</source>
      <translation>中度失调</translation>
    </message>
    <message>
      <source>Mild imbalance</source>
      <translation>轻度失调</translation>
    </message>
    <message>
      <source>Borderline coordination</source>
      <translation>濒临失调</translation>
    </message>
    <message>
      <source>Primary coordination</source>
      <translation>勉强协调</translation>
    </message>
    <message>
      <source>Mild coordination</source>
      <translation>初级协调</translation>
    </message>
    <message>
      <source>Moderate coordination</source>
      <translation>中级协调</translation>
    </message>
    <message>
      <source>Good coordination</source>
      <translation>良好协调</translation>
    </message>
    <message>
      <source>High coordination</source>
      <translation>优质协调</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>背景</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>支线</translation>
    </message>
    <message>
      <source>Edge</source>
      <translation>边缘区</translation>
    </message>
    <message>
      <source>Perforation</source>
      <translation>穿孔</translation>
    </message>
    <message>
      <source>Islet</source>
      <translation>孤岛</translation>
    </message>
    <message>
      <source>Core</source>
      <translation>核心区</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>桥接区</translation>
    </message>
    <message>
      <source>Bridge in edge</source>
      <translation>边缘区内桥接区</translation>
    </message>
    <message>
      <source>Bridge in perforation</source>
      <translation>穿孔内桥接区</translation>
    </message>
    <message>
      <source>Loop</source>
      <translation>环道区</translation>
    </message>
    <message>
      <source>Loop in edge</source>
      <translation>边缘区内环道区</translation>
    </message>
    <message>
      <source>Loop in perforation</source>
      <translation>穿孔内环道区</translation>
    </message>
    <message>
      <source>Core-opening</source>
      <translation>核心开口</translation>
    </message>
    <message>
      <source>Internal branch</source>
      <translation>内部支线</translation>
    </message>
    <message>
      <source>Internal edge</source>
      <translation>内部边缘区</translation>
    </message>
    <message>
      <source>Internal perforation</source>
      <translation>内部穿孔</translation>
    </message>
    <message>
      <source>Internal islet</source>
      <translation>内部孤岛</translation>
    </message>
    <message>
      <source>Internal core</source>
      <translation>内部核心区</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>Internal bridge</source>
      <translation>内部桥接区</translation>
    </message>
    <message>
      <source>Internal bridge in edge</source>
      <translation>内部边缘区内桥接区</translation>
    </message>
    <message>
      <source>Internal bridge in perforation</source>
      <translation>内部穿孔内桥接区</translation>
    </message>
    <message>
      <source>Internal loop</source>
      <translation>内部环道区</translation>
    </message>
    <message>
      <source>Internal loop in edge</source>
      <translation>内部边缘区内环道区</translation>
    </message>
    <message>
      <source>Internal loop in perforation</source>
      <translation>内部穿孔内环道区</translation>
    </message>
    <message>
      <source>Border-opening</source>
      <translation>边界开口</translation>
    </message>
    <message>
      <source>Give either {raster} (a raster) or {polygons} (polygons), not both.</source>
      <translation>请提供 {raster}（栅格）或 {polygons}（面）之一，不能同时提供。</translation>
    </message>
    <message>
      <source>Give {raster} (a raster) or {polygons} (polygons).</source>
      <translation>请提供 {raster}（栅格）或 {polygons}（面）。</translation>
    </message>
    <message>
      <source>Layer '{name}' is not valid.</source>
      <translation>图层 '{name}' 无效。</translation>
    </message>
    <message>
      <source>Layer '{name}' must hold polygons (or give a raster in {raster}).</source>
      <translation>图层 '{name}' 必须为面图层（或在 {raster} 中提供栅格）。</translation>
    </message>
    <message>
      <source>{name} could not be opened as a layer: check the path.</source>
      <translation>无法将 {name} 作为图层打开：请检查路径。</translation>
    </message>
    <message>
      <source>The source polygons '{layer}' need their id field: set SOURCE_ID_FIELD.</source>
      <translation>源地面图层 '{layer}' 需要 ID 字段：请设置 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>A circuit on a %d x %d grid needs about {need:.1f} GB at the least, but only {free:.1f} GB are free; coarsen or clip the resistance raster.</source>
      <translation>%d x %d 栅格上的电路至少需要约 {need:.1f} GB 内存，但仅有 {free:.1f} GB 可用；请对阻力栅格重采样为更粗分辨率或裁剪。</translation>
    </message>
    <message>
      <source>Give the focal nodes once: FOCAL_RASTER, or FOCAL_POINTS with FOCAL_ID_FIELD, or FOCAL_POLYGONS with FOCAL_POLYGON_ID_FIELD.</source>
      <translation>焦点节点只能以一种方式给出：FOCAL_RASTER，或 FOCAL_POINTS 及 FOCAL_ID_FIELD，或 FOCAL_POLYGONS 及 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>Name the id field of the focal nodes: FOCAL_ID_FIELD for points, FOCAL_POLYGON_ID_FIELD for polygons.</source>
      <translation>请指定焦点节点的 ID 字段：点用 FOCAL_ID_FIELD，面用 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>RESISTANCE has %d negative and %d infinite cell value(s); they carry no current, like nodata.</source>
      <translation>RESISTANCE 中有 %d 个负值和 %d 个无穷值像元；它们与无数据像元一样不传导电流。</translation>
    </message>
    <message>
      <source>The source polygons '{layer}' need their id field: set {field}.</source>
      <translation>源地面图层 '{layer}' 需要 ID 字段：请设置 {field}。</translation>
    </message>
    <message>
      <source>Key areas of {rows} x {cols} cells; memory estimate {need:.2f} GB.</source>
      <translation>关键区识别：{rows} x {cols} 个像元；内存估算 {need:.2f} GB。</translation>
    </message>
    <message>
      <source>ADMIN '%s' holds %s features; it must hold polygons (the administrative units that cut the key areas).</source>
      <translation>ADMIN“%s”包含的是%s要素；它必须是面要素（用于切分关键区的行政单元）。</translation>
    </message>
    <message>
      <source>Least-cost corridors on %d x %d cells need about {need:.1f} GB at the least, but only {free:.1f} GB are free; coarsen or clip the rasters.</source>
      <translation>%d x %d 像元上的最小成本廊道至少需要约 {need:.1f} GB 内存，但仅有 {free:.1f} GB 可用；请对栅格重采样为更粗分辨率或裁剪。</translation>
    </message>
    <message>
      <source>Radius %d cells (%.6g map units), buffer %d, block size %d.</source>
      <translation>半径 %d 个像元（%.6g 地图单位），缓冲区 %d，块大小 %d。</translation>
    </message>
    <message>
      <source>Omniscape needs about {need:.1f} GB here (grid %d x %d, radius %d, batches of %d windows on %d workers) but only {free:.1f} GB are free: use fewer workers, or coarsen or clip the rasters.</source>
      <translation>Omniscape 在此约需 {need:.1f} GB 内存（网格 %d x %d，半径 %d，每批 %d 个窗口，%d 个工作线程），但仅有 {free:.1f} GB 可用：请减少工作线程数，或将栅格重采样为更粗的分辨率或裁剪栅格。</translation>
    </message>
    <message>
      <source>Memory estimate: %.2f GB.</source>
      <translation>内存估算：%.2f GB。</translation>
    </message>
    <message>
      <source>Read the %d x %d grid.</source>
      <translation>已读取 %d x %d 网格。</translation>
    </message>
    <message>
      <source>%d target blocks solved.</source>
      <translation>已求解 %d 个目标块。</translation>
    </message>
    <message>
      <source>Give SOURCE (source strengths) or set SOURCE_FROM_RESISTANCE.</source>
      <translation>请提供 SOURCE（源强度）或设置 SOURCE_FROM_RESISTANCE。</translation>
    </message>
    <message>
      <source>RECLASS_TABLE needs rows of two values: from, to.</source>
      <translation>RECLASS_TABLE 的每行需要两个值：from, to。</translation>
    </message>
    <message>
      <source>COMPARE_TO_FUTURE uses condition %d's future: give CONDITION%d_FUTURE.</source>
      <translation>COMPARE_TO_FUTURE 使用条件 %d 的未来栅格：请提供 CONDITION%d_FUTURE。</translation>
    </message>
    <message>
      <source>RECLASS_TABLE: '%s, %s' is not a pair of numbers ('missing' makes nodata).</source>
      <translation>RECLASS_TABLE：'%s, %s' 不是一对数值（'missing' 表示无数据）。</translation>
    </message>
    <message>
      <source>Largest corridor window: link {link}, {rows} x {cols} cells with {cells} in the corridor; its solve estimate {need:.2f} GB.</source>
      <translation>最大的廊道窗口：连接 {link}，{rows} x {cols} 个像元，其中 {cells} 个在廊道内；其求解内存估算 {need:.2f} GB。</translation>
    </message>
    <message>
      <source>AREA_FIELD '%s' is not a field of layer '%s' (its fields: %s). Name the area field, or give 'area' (or nothing) to use the polygon areas.</source>
      <translation>AREA_FIELD“%s”不是图层“%s”的字段（其字段为：%s）。请指定面积字段，或填写 'area'（或留空）以使用多边形面积。</translation>
    </message>
    <message>
      <source>No field '%s': the polygon areas are used.</source>
      <translation>没有字段“%s”：将使用多边形面积。</translation>
    </message>
    <message>
      <source>%s would overwrite the input %s (%s); choose another file.</source>
      <translation>%s 将覆盖输入 %s（%s）；请选择其他文件。</translation>
    </message>
    <message>
      <source>The folder of %s does not exist: %s. Create it first or choose another place.</source>
      <translation>%s 的文件夹不存在：%s。请先创建该文件夹或选择其他位置。</translation>
    </message>
    <message>
      <source>The folder of %s cannot be written: %s (read-only or without permission). Choose another place.</source>
      <translation>%s 的文件夹无法写入：%s（只读或无权限）。请选择其他位置。</translation>
    </message>
    <message>
      <source>%s: the file %s is empty (0 bytes).</source>
      <translation>%s：文件 %s 为空（0 字节）。</translation>
    </message>
    <message>
      <source>%s: the format could not keep every field name; written: %s.</source>
      <translation>%s：该格式无法保留全部字段名；实际写入：%s。</translation>
    </message>
    <message>
      <source>%s: the Shapefile format writes a table without geometry as %s only.</source>
      <translation>%s：Shapefile 格式只能将无几何的表写为 %s。</translation>
    </message>
    <message>
      <source>%s was not written: %s does not exist.</source>
      <translation>%s 未写出：%s 不存在。</translation>
    </message>
    <message>
      <source>%s: the file %s is not UTF-8 text (byte 0x%02X on line %d cannot be read as UTF-8; it may be GBK/GB18030, Big5, Latin-1 or another legacy encoding). Re-save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'), or give its encoding where the tool offers an ENCODING choice.</source>
      <translation>%s：文件 %s 不是 UTF-8 文本（字节 0x%02X，位于第 %d 行，无法按 UTF-8 读取；可能是 GBK/GB18030、Big5、Latin-1 或其他旧编码）。请另存为 UTF-8（电子表格中选择“CSV UTF-8”），或在工具提供的 ENCODING 选项中指定其编码。</translation>
    </message>
  </context>
</TS>
